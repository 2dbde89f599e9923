import { describe, expect, it } from 'vitest';
import { departmentByCode, isDepartmentCode, parseDepartmentCode } from '../../../../src-shared/domain/territory/department-code';
import { departments } from '../../../../src-shared/domain/territory/departments';
import { planningRegionLabel, planningRegions } from '../../../../src-shared/domain/territory/planning-regions';
import { territoryKey } from '../../../../src-shared/domain/territory/territory-key';

describe('departments', () => {
  it('lists the 33 DIVIPOLA codes, unique, two digits, in code order', () => {
    const codes = departments.map((d) => d.code);
    expect(codes).toHaveLength(33);
    expect(new Set(codes).size).toBe(33);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    expect([...codes].sort()).toEqual(codes);
    expect(codes).toEqual([
      '05', '08', '11', '13', '15', '17', '18', '19', '20', '23', '25', '27', '41', '44', '47', '50', '52',
      '54', '63', '66', '68', '70', '73', '76', '81', '85', '86', '88', '91', '94', '95', '97', '99',
    ]);
  });

  it('has unique official names, also once accents and case are erased', () => {
    expect(new Set(departments.map((d) => d.name)).size).toBe(33);
    expect(new Set(departments.map((d) => territoryKey(d.name))).size).toBe(33);
    expect(new Set(departments.map((d) => d.shortName)).size).toBe(33);
  });

  it.each([
    ['05', 'Antioquia'],
    ['11', 'Bogotá, D.C.'],
    ['27', 'Chocó'],
    ['44', 'La Guajira'],
    ['52', 'Nariño'],
    ['63', 'Quindío'],
    ['76', 'Valle del Cauca'],
    ['88', 'Archipiélago de San Andrés, Providencia y Santa Catalina'],
    ['97', 'Vaupés'],
  ] as const)('%s is %s', (code, name) => {
    expect(departmentByCode(code).name).toBe(name);
  });

  it('places each department in one of the six planning regions', () => {
    const counts = new Map<string, number>();
    for (const d of departments) {
      expect(planningRegions).toContain(d.region);
      counts.set(d.region, (counts.get(d.region) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      'caribe': 8,
      'centro-oriente': 5,
      'centro-sur': 5,
      'eje-cafetero-antioquia': 4,
      'llano': 7,
      'pacifico': 4,
    });
    expect(departmentByCode('88').region).toBe('caribe');
    expect(departmentByCode('11').region).toBe('centro-oriente');
    expect(planningRegionLabel('eje-cafetero-antioquia')).toBe('Eje Cafetero - Antioquia');
    expect(planningRegionLabel('pacifico')).toBe('Pacífico');
  });
});

describe('parseDepartmentCode', () => {
  it.each([
    ['05', '05'],
    ['5', '05'],
    [' 5 ', '05'],
    [5, '05'],
    ['99', '99'],
    [11, '11'],
  ] as const)('%j → %s', (raw, code) => {
    expect(parseDepartmentCode(raw)).toBe(code);
  });

  it.each(['', '0', '00', '01', '12', '100', '005', '5.0', 'AB', '05001'])('rejects %j', (raw) => {
    expect(parseDepartmentCode(raw)).toBeNull();
  });

  it('rejects non-integer and out-of-range numbers', () => {
    expect(parseDepartmentCode(5.5)).toBeNull();
    expect(parseDepartmentCode(-5)).toBeNull();
    expect(parseDepartmentCode(105)).toBeNull();
    expect(parseDepartmentCode(Number.NaN)).toBeNull();
  });

  it('isDepartmentCode only accepts the padded form', () => {
    expect(isDepartmentCode('05')).toBe(true);
    expect(isDepartmentCode('5')).toBe(false);
  });

  it('departmentByCode refuses a code that was forced past the type', () => {
    expect(() => departmentByCode('12' as '11')).toThrow(/inexistente/);
  });
});
