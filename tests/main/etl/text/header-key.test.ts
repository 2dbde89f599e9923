import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../../src-main/etl/text/header-key';

describe('headerKey', () => {
  it('makes display names and Socrata field names comparable', () => {
    expect(headerKey('CÓDIGO DANE DEL MUNICIPIO')).toBe('CODIGODANEDELMUNICIPIO');
    expect(headerKey('Prod Gravable Bls Kpc')).toBe(headerKey('prodgravableblskpc'));
    expect(headerKey('AÑO')).toBe('ANO');
  });
});
