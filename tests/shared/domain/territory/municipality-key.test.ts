import { describe, expect, it } from 'vitest';
import { municipalityKey } from '../../../../src-shared/domain/territory/municipality-key';

describe('municipalityKey', () => {
  it('prefixes the department code so homonyms in different departments stay apart', () => {
    expect(municipalityKey('70', 'LA UNION')).toBe('70:LA UNION');
    expect(municipalityKey('05', 'La Unión')).toBe('05:LA UNION');
    expect(municipalityKey('70', 'LA UNION')).not.toBe(municipalityKey('05', 'La Unión'));
  });

  it('matches the ANH spelling with the DIVIPOLA one when only accents and case differ', () => {
    expect(municipalityKey('20', 'SAN MARTÍN')).toBe(municipalityKey('20', 'San Martín'));
    expect(municipalityKey('85', 'MANI')).toBe(municipalityKey('85', 'Maní'));
    expect(municipalityKey('54', 'TIBU')).toBe(municipalityKey('54', 'Tibú'));
    expect(municipalityKey('15', 'CUBARA')).toBe(municipalityKey('15', 'CUBARÁ'));
  });

  it('reads the DANE and datos.gov.co spellings of the capital alike', () => {
    expect(municipalityKey('11', 'BOGOTÁ, D.C.')).toBe('11:BOGOTA DC');
    expect(municipalityKey('11', 'Bogotá D.C.')).toBe('11:BOGOTA DC');
  });

  it('turns the hyphen of compound names into a plain space', () => {
    expect(municipalityKey('19', 'PIENDAMÓ - TUNÍA')).toBe('19:PIENDAMO TUNIA');
    expect(municipalityKey('91', 'MIRITÍ - PARANÁ')).toBe(municipalityKey('91', 'Miriti Paraná'));
  });

  it('does not paper over real renames or word splits: those need aliases', () => {
    expect(municipalityKey('54', 'CUCUTA')).not.toBe(municipalityKey('54', 'SAN JOSÉ DE CÚCUTA'));
    expect(municipalityKey('85', 'VILLA NUEVA')).not.toBe(municipalityKey('85', 'Villanueva'));
  });

  it('returns null for an empty name', () => {
    expect(municipalityKey('50', '')).toBeNull();
    expect(municipalityKey('50', '  ')).toBeNull();
    expect(municipalityKey('50', null)).toBeNull();
    expect(municipalityKey('50', undefined)).toBeNull();
  });
});
