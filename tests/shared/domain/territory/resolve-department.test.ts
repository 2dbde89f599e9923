import { describe, expect, it } from 'vitest';
import { departmentAliases } from '../../../../src-shared/domain/territory/department-aliases';
import { departments } from '../../../../src-shared/domain/territory/departments';
import { resolveDepartment } from '../../../../src-shared/domain/territory/resolve-department';

function codeOf(raw: string): string | null {
  const result = resolveDepartment(raw);
  return result.ok ? result.code : null;
}

describe('resolveDepartment: official names', () => {
  it('resolves all 33 official names as written, upper case, lower case and without accents', () => {
    for (const d of departments) {
      const unaccented = d.name.normalize('NFD').replace(/\p{M}/gu, '');
      for (const spelling of [d.name, d.name.toUpperCase(), d.name.toLowerCase(), unaccented]) {
        expect(resolveDepartment(spelling), spelling).toEqual({ ok: true, code: d.code, name: d.name });
      }
    }
  });

  it('returns the official name whatever the spelling', () => {
    expect(resolveDepartment('GUAJIRA')).toEqual({ ok: true, code: '44', name: 'La Guajira' });
    expect(resolveDepartment('bogota')).toEqual({ ok: true, code: '11', name: 'Bogotá, D.C.' });
  });
});

describe('resolveDepartment: spellings the agencies use', () => {
  it.each([
    // ANH production workbooks 2020, 2024, 2025 (every department spelling they contain).
    ['ANTIOQUIA', '05'], ['ARAUCA', '81'], ['ATLANTICO', '08'], ['BOLIVAR', '13'], ['BOYACA', '15'],
    ['BOYACÁ', '15'], ['CASANARE', '85'], ['CAUCA', '19'], ['CESAR', '20'], ['CORDOBA', '23'],
    ['CUNDINAMARCA', '25'], ['GUAJIRA', '44'], ['HUILA', '41'], ['MAGDALENA', '47'], ['META', '50'],
    ['NARIÑO', '52'], ['NORTE DE SANTANDER', '54'], ['PUTUMAYO', '86'], ['SANTANDER', '68'], ['SUCRE', '70'],
    ['TOLIMA', '73'],
    // Accentless upper case, as in older ANH editions and SOLAR.
    ['NARINO', '52'], ['QUINDIO', '63'], ['GUAINIA', '94'], ['VAUPES', '97'], ['CAQUETA', '18'], ['CHOCO', '27'],
    ['LA GUAJIRA', '44'],
    // datos.gov.co royalties (j7js-yk74): Title Case, no accents.
    ['Narino', '52'], ['La Guajira', '44'], ['Bogota D.C.', '11'], ['Cordoba', '23'], ['Atlantico', '08'],
    // DANE's own spellings (MGN 2018, DIVIPOLA).
    ['BOGOTÁ, D.C.', '11'], ['Bogotá D.C.', '11'], ['QUINDIO', '63'],
    ['ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA', '88'],
    // Bogotá's other names.
    ['BOGOTA', '11'], ['BOGOTA D.C.', '11'], ['BOGOTA, D.C.', '11'], ['BOGOTA DC', '11'], ['SANTAFE DE BOGOTA', '11'],
    ['SANTAFE DE BOGOTA D.C.', '11'], ['Santa Fe de Bogotá', '11'], ['BOGOTA DISTRITO CAPITAL', '11'],
    // Short and abbreviated forms.
    ['VALLE', '76'], ['VALLE DEL CAUCA', '76'], ['NORTE SANTANDER', '54'], ['N. DE SANTANDER', '54'],
    ['N DE SANTANDER', '54'], ['N. SANTANDER', '54'],
    ['SAN ANDRES', '88'], ['SAN ANDRES Y PROVIDENCIA', '88'], ['SAN ANDRES, PROVIDENCIA Y SANTA CATALINA', '88'],
    ['ARCHIPIELAGO DE SAN ANDRES', '88'], ['ARCHIPIELAGO DE SAN ANDRES Y PROVIDENCIA', '88'],
    ['Archipielago de San Andres, Providencia y Santa Catalina', '88'],
    // Stray spaces, as ANH cells often carry.
    ['  META ', '50'], ['NORTE  DE SANTANDER', '54'],
  ])('%j → %s', (raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  it('every alias in the table resolves to the department it is listed under', () => {
    for (const [code, aliases] of Object.entries(departmentAliases)) {
      for (const alias of aliases ?? []) expect(codeOf(alias), alias).toBe(code);
    }
  });
});

describe('resolveDepartment: rejections', () => {
  it.each(['', '   ', '\t', ' . ', null, undefined])('%j is empty', (raw) => {
    const result = resolveDepartment(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('empty');
    expect(result.message).toMatch(/vac/);
  });

  it.each(['DEPARTAMENTO NN', 'Departamento NN', 'N.D.', 'ND', 'N.D', 'NO DEFINIDO', 'No definido', 'SIN DEPARTAMENTO'])(
    '%j is undefined in the source',
    (raw) => {
      const result = resolveDepartment(raw);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe('undefined-in-source');
      expect(result.message).toContain(raw.trim());
      expect(result.message).toMatch(/no está definido/);
    },
  );

  it.each([
    // Near misses: a fuzzy matcher would accept them; we must not.
    'ANTIOKIA', 'NARINIO', 'SANTANDER DEL NORTE', 'NORTE', 'GUAJIRA LA', 'CAUCA VALLE', 'BOYACA 2', 'BOGOT',
    'VALLE DEL CAUCA Y CHOCO', 'DEPARTAMENTO', 'NN', 'MUNICIPIO NN',
    // Labels that end up in the department column of ANH workbooks (footers, totals).
    'TOTAL (MPC)', 'PROMEDIO  DIARIO (MPCPDC)', 'Total General',
    'Fuente: ANH / Sistema Oficial de Liquidación y Administración de Regalías - SOLAR',
  ])('%j is unknown', (raw) => {
    const result = resolveDepartment(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('unknown');
    expect(result.message).toContain(`"${raw.trim()}"`);
    expect(result.message).toMatch(/^Departamento desconocido/);
  });
});
