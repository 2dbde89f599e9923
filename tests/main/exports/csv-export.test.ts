import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

async function exportCsv(name: string, input: Record<string, unknown>): Promise<string> {
  const target = join(seeded.outDir, name);
  const result = await seeded.client.send('exports.create', { dataset: 'production', format: 'csv', targetPath: target, ...input } as never);
  expect(result).toMatchObject({ path: target, format: 'csv', sheets: [] });
  return readFileSync(target, 'utf8');
}

/** RFC 4180 reader for the assertions: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  return records;
}

describe('CSV exports', () => {
  it('default to what Spanish Excel opens directly: UTF-8 with BOM, semicolons, decimal commas, one header with units', async () => {
    const text = await exportCsv('es.csv', { unit: 'MPCD', filters: { from: '2024-01', to: '2024-01' } });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(text.slice(1), ';');
    expect(records[0]!.slice(9, 11)).toEqual(['Producción fiscalizada (MPCD)', 'Gas lift (MPCD)']);
    expect(records).toHaveLength(3);
    // 310 MPC over 31 days = 10 MPCD; 3 MPC flared = 0,0967… MPCD, written with a decimal comma.
    expect(records[1]![9]).toBe('10');
    expect(records[1]![12]).toBe(String(3 / 31).replace('.', ','));
    expect(records[1]![0]).toBe('2024-01');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes commas and decimal points when asked, quoting fields that hold the separator', async () => {
    const text = await exportCsv('en.csv', { unit: 'MPCD', csv: { separator: ',', decimal: '.' }, filters: { from: '2024-01', to: '2024-01' } });
    const records = parseCsv(text.slice(1), ',');
    expect(records[1]![12]).toBe(String(3 / 31));
    expect(text).not.toContain(String(3 / 31).replace('.', ','));
  });

  it('quotes separators, quotes and line breaks (RFC 4180), neutralises formula text, keeps negative numbers', async () => {
    seeded.app.database.sqlite.prepare("UPDATE field SET name = ? WHERE key = 'CUSIANA'").run('Cusiana; "Norte"\nBloque');
    seeded.app.database.sqlite.prepare("UPDATE operator SET name = ? WHERE key = 'HOCOL'").run('\tHocol');
    try {
      const text = await exportCsv('raros.csv', {});
      expect(text).toContain('"Cusiana; ""Norte""\nBloque"');
      const records = parseCsv(text.slice(1), ';');
      const fields = records.map((r) => r[7]);
      expect(fields).toContain('Cusiana; "Norte"\nBloque');
      expect(fields).toContain("'=1+2");
      expect(records.map((r) => r[6])).toContain("'@Operadora");
      expect(records.map((r) => r[6])).toContain("'\tHocol");
      expect(records.find((r) => r[7] === "'=1+2")![9]).toBe('-5');
    } finally {
      seeded.app.database.sqlite.prepare("UPDATE field SET name = 'Cusiana' WHERE key = 'CUSIANA'").run();
      seeded.app.database.sqlite.prepare("UPDATE operator SET name = 'Hocol' WHERE key = 'HOCOL'").run();
    }
  });

  it('refuses decimal commas with comma separators, which no reader could split', async () => {
    await expect(exportCsv('mal.csv', { csv: { separator: ',', decimal: ',' } })).rejects.toMatchObject({ error: { code: 'validation', issues: [{ path: 'csv.decimal' }] } });
  });
});
