import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeExportPath } from '../../../src-main/exports/free-export-path';

describe('freeExportPath', () => {
  it('keeps the proposed name when it is free and numbers the copies otherwise', () => {
    const taken = new Set([join('/x', 'informe.xlsx'), join('/x', 'informe-2.xlsx')]);
    expect(freeExportPath('/x', 'nuevo.csv', (file) => taken.has(file))).toBe(join('/x', 'nuevo.csv'));
    expect(freeExportPath('/x', 'informe.xlsx', (file) => taken.has(file))).toBe(join('/x', 'informe-3.xlsx'));
  });
});
