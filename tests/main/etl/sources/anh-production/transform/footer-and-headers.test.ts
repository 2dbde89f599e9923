import { describe, expect, it } from 'vitest';
import { identityColumnOf, monthlyColumnOf } from '../../../../../../src-main/etl/sources/anh-production/transform/column-headers';
import { footerKindOf } from '../../../../../../src-main/etl/sources/anh-production/transform/footer-rows';
import { readWorkbook } from '../../../../../../src-main/etl/xlsx';
import { buildXlsxPackage, cellXml, rowXml } from '../../../../../support/xlsx-package';

describe('header names', () => {
  it('maps ANH header spellings to columns', () => {
    expect(monthlyColumnOf('PRODUCCION \r\nFISCALIZADA')).toBe('fiscalizada');
    expect(monthlyColumnOf('ENTREGADO A\n GASEODUCTOS *')).toBe('entregadoGasoductos');
    expect(monthlyColumnOf('Entregado a gasoductos')).toBe('entregadoGasoductos');
    expect(monthlyColumnOf('GAS QUEMADO (MPC)')).toBe('quemado');
    expect(monthlyColumnOf('AÑO')).toBe('year');
    expect(monthlyColumnOf('EMPRESA')).toBe('operator');
    expect(monthlyColumnOf('OPERADOR')).toBe('operator');
    expect(identityColumnOf('Operadora')).toBe('operator');
    expect(monthlyColumnOf('CAMPOS')).toBeNull();
    expect(monthlyColumnOf('GAS')).toBeNull();
  });
});

describe('footer lines', () => {
  const sheet = readWorkbook(
    buildXlsxPackage({
      sheets: [
        {
          name: 'f',
          xml: [
            rowXml(1, [cellXml('A1', '<is><t>TOTAL (MPC)</t></is>', 't="inlineStr"'), cellXml('H1', '<v>5</v>')]),
            rowXml(2, [cellXml('A2', '<is><t>PROMEDIO  DIARIO (MPCPDC)</t></is>', 't="inlineStr"')]),
            rowXml(3, [cellXml('A3', '<is><t>Fuente: ANH / SOLAR</t></is>', 't="inlineStr"')]),
            rowXml(4, [cellXml('A4', '<is><t>N.D. = No Definido</t></is>', 't="inlineStr"')]),
            rowXml(5, [cellXml('A5', '<v>2024</v>'), cellXml('C5', '<is><t>N.D.</t></is>', 't="inlineStr"'), cellXml('F5', '<is><t>TOTALITO</t></is>', 't="inlineStr"')]),
            rowXml(6, [cellXml('C6', '<is><t>TOTAL ENERGY</t></is>', 't="inlineStr"'), cellXml('F6', '<is><t>CAMPO X</t></is>', 't="inlineStr"')]),
          ].join(''),
        },
      ],
    }),
  ).sheet('f');
  const kindOf = (row: number) => footerKindOf(sheet.row(row) as NonNullable<ReturnType<typeof sheet.row>>, 6);

  it('recognises TOTAL, PROMEDIO DIARIO, Fuente and the N.D. legend', () => {
    expect([1, 2, 3, 4].map(kindOf)).toEqual(['total', 'daily-average', 'source', 'not-defined-legend']);
  });

  it('never takes a data line for a footer', () => {
    expect(kindOf(5)).toBeNull(); // "N.D." department, field "TOTALITO"
    expect(kindOf(6)).toBeNull(); // an operator called TOTAL…, with a field name
  });
});
