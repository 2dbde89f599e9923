import { describe, expect, it } from 'vitest';
import { territoryKey } from '../../../../src-shared/domain/territory/territory-key';

describe('territoryKey', () => {
  it.each([
    ['Nariño', 'NARINO'],
    ['NARIÑO', 'NARINO'],
    ['BOYACÁ', 'BOYACA'],
    ['Güicán de la Sierra', 'GUICAN DE LA SIERRA'],
    ['  norte   de\tSantander ', 'NORTE DE SANTANDER'],
    ['Bogotá D.C.', 'BOGOTA DC'],
    ['BOGOTÁ, D.C.', 'BOGOTA DC'],
    ['Bogota DC', 'BOGOTA DC'],
    ['N.D.', 'ND'],
    ['N. DE SANTANDER', 'N DE SANTANDER'],
    ['PIENDAMÓ - TUNÍA', 'PIENDAMO TUNIA'],
    ['Archipiélago de San Andrés, Providencia y Santa Catalina', 'ARCHIPIELAGO DE SAN ANDRES PROVIDENCIA Y SANTA CATALINA'],
    ['SAN\u00a0MARTÍN', 'SAN MARTIN'],
  ])('%j → %j', (raw, key) => {
    expect(territoryKey(raw)).toBe(key);
  });

  it('treats precomposed and decomposed accents alike', () => {
    const decomposed = 'Narin\u0303o';
    expect(decomposed).not.toBe('Nariño');
    expect(territoryKey(decomposed)).toBe(territoryKey('Nariño'));
  });

  it('keeps every letter and digit, so distinct names keep distinct keys', () => {
    expect(territoryKey('Santander')).not.toBe(territoryKey('Norte de Santander'));
    expect(territoryKey('Villanueva')).not.toBe(territoryKey('Villa Nueva'));
    expect(territoryKey('Zona 2')).toBe('ZONA 2');
  });

  it('gives an empty key for blank or punctuation-only text', () => {
    expect(territoryKey('')).toBe('');
    expect(territoryKey('   ')).toBe('');
    expect(territoryKey(' - . ')).toBe('');
  });

  it('is idempotent', () => {
    for (const raw of ['Bogotá, D.C.', 'N. DE SANTANDER', 'La  Guajira']) {
      expect(territoryKey(territoryKey(raw))).toBe(territoryKey(raw));
    }
  });
});
