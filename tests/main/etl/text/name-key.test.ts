import { describe, expect, it } from 'vitest';
import { foldHeader, foldText } from '../../../../src-main/etl/text/fold-text';
import { nameKey } from '../../../../src-main/etl/text/name-key';

describe('foldText / foldHeader', () => {
  it('folds accents, case and every kind of whitespace', () => {
    expect(foldText('  Producción \r\nFiscalizada\u00a0 ')).toBe('PRODUCCION FISCALIZADA');
    expect(foldText('AÑO')).toBe('ANO');
    expect(foldText('BOYACÁ')).toBe(foldText('BOYACA'));
  });

  it('drops footnote stars around headers', () => {
    expect(foldHeader('ENTREGADO A\r\n GASEODUCTOS *')).toBe('ENTREGADO A GASEODUCTOS');
    expect(foldHeader('*CAMPO')).toBe('CAMPO');
  });
});

describe('nameKey', () => {
  it('unifies the S.A. spellings ANH mixes', () => {
    const key = nameKey('ECOPETROL S.A.');
    expect(key).toBe('ECOPETROL SA');
    for (const spelling of ['ECOPETROL S.A', 'Ecopetrol S.A.', 'ECOPETROL SA', ' ECOPETROL  S. A. ', 'ECOPETROL S A']) {
      expect(nameKey(spelling), spelling).toBe(key);
    }
  });

  it('unifies S.A.S. spellings and other company-type initials', () => {
    expect(nameKey('GEOPARK COLOMBIA S.A.S.')).toBe('GEOPARK COLOMBIA SAS');
    expect(nameKey('CNE OIL & GAS S A S')).toBe(nameKey('CNE Oil & Gas S.A.S.'));
    expect(nameKey('Empresa E.S.P.')).toBe(nameKey('EMPRESA ESP'));
  });

  it('drops trailing dots and reads commas as spaces', () => {
    expect(nameKey('PERENCO OIL AND GAS COLOMBIA LIMITED.')).toBe('PERENCO OIL AND GAS COLOMBIA LIMITED');
    expect(nameKey('FRONTERA ENERGY COLOMBIA CORP., SUCURSAL COLOMBIA')).toBe(nameKey('Frontera Energy Colombia Corp Sucursal Colombia'));
  });

  it('folds accents and trailing spaces in field names without merging different fields', () => {
    expect(nameKey('YAMÚ ')).toBe(nameKey('YAMU'));
    expect(nameKey('APIAY ESTE')).not.toBe(nameKey('APIAY'));
    expect(nameKey('VIM 5')).not.toBe(nameKey('VIM 51'));
    expect(nameKey('SA')).toBe('SA');
    expect(nameKey('CASA GRANDE')).toBe('CASA GRANDE'); // "SA" inside a word is not an initial
  });
});
