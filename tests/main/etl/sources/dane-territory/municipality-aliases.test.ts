import { describe, expect, it } from 'vitest';
import { isDepartmentCode, municipalityKey, type DepartmentCode } from '../../../../../src-shared/domain/territory';
import { municipalityAliases } from '../../../../../src-main/etl/sources/dane-territory/municipality-aliases';
import { transformTerritoryFile } from '../../../../../src-main/etl/sources/dane-territory/transform/transform-territory-file';
import type { DivipolaParse } from '../../../../../src-main/etl/sources/dane-territory/types';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { describeWithSamples, readSample } from '../../../../support/samples';

const aliasKeys = Object.entries(municipalityAliases).flatMap(([code, names]) => names.map((name) => ({ code, key: municipalityKey(code.slice(0, 2) as DepartmentCode, name) })));

describe('municipality aliases', () => {
  it('are keyed by valid 5-digit codes and never give one spelling to two codes', () => {
    for (const code of Object.keys(municipalityAliases)) {
      expect(code).toMatch(/^\d{5}$/);
      expect(isDepartmentCode(code.slice(0, 2))).toBe(true);
    }
    const owners = new Map<string, string>();
    for (const { code, key } of aliasKeys) {
      expect(key).not.toBeNull();
      expect(owners.get(key!) ?? code).toBe(code);
      owners.set(key!, code);
    }
  });
});

describeWithSamples('municipality aliases — against the real DIVIPOLA list', () => {
  it('name codes that exist, and no alias is another municipality’s official name', () => {
    const list = transformTerritoryFile(probeFile('d.csv', readSample('divipola', 'Departamentos_y_municipios_de_Colombia.csv'))) as DivipolaParse;
    const officialKeys = new Map(list.municipalities.map((m) => [municipalityKey(m.departmentCode, m.name), m.code]));
    const codes = new Set(list.municipalities.map((m) => m.code));
    for (const { code, key } of aliasKeys) {
      expect(codes.has(code), code).toBe(true);
      expect(officialKeys.get(key!) ?? code, key!).toBe(code);
    }
  });
});
