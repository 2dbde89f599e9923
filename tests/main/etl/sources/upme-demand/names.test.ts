import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../../src-main/etl/xlsx/types';
import { editionOfName } from '../../../../../src-main/etl/sources/upme-demand/transform/book-identity';
import { numberOfCell, periodOfCell } from '../../../../../src-main/etl/sources/upme-demand/transform/cell-reading';
import { regionHeaderOf } from '../../../../../src-main/etl/sources/upme-demand/transform/regions';
import { sectoralHeaderOf, sectorOfBookName } from '../../../../../src-main/etl/sources/upme-demand/transform/sectors';
import { sheetRoleOf } from '../../../../../src-main/etl/sources/upme-demand/transform/sheet-names';

const cell = (value: Cell['value'], error: string | null = null): Cell => ({ ref: 'A1', row: 1, column: 1, value, formula: null, sharedFormula: null, error });

describe('UPME demand names', () => {
  it('maps both editions’ region spellings to one canonical list, and nothing else', () => {
    const cases: [string, string][] = [
      ['Centro', 'centro'],
      ['Costa Atlántica', 'costa-atlantica'],
      ['COSTA ATLANTICA', 'costa-atlantica'],
      ['Costa Interior', 'costa-interior'],
      ['CQR', 'cqr'],
      ['Caldas-Quindío-Risaralda', 'cqr'],
      ['MAGDALENA MEDIO', 'magdalena-medio'],
      ['NorOccidente', 'noroccidente'],
      ['NOR OCCIDENTE', 'noroccidente'],
      ['NORORIENTE', 'nororiente'],
      ['SurOccidente', 'suroccidente'],
      ['Tolima-Huila', 'tolima-huila'],
      ['TOLIMA - HUILA', 'tolima-huila'],
    ];
    for (const [text, region] of cases) expect(regionHeaderOf(text), text).toEqual({ kind: 'region', region });
    expect(regionHeaderOf('Nacional')).toEqual({ kind: 'national' });
    expect(regionHeaderOf('TOTAL')).toEqual({ kind: 'national' });
    for (const unknown of ['Costa', 'Orinoquía', 'Tolima', 'Centro Oriente', '']) expect(regionHeaderOf(unknown), unknown).toEqual({ kind: 'unknown' });
  });

  it('reads sectoral headers and the sector in UPME’s workbook names', () => {
    expect(sectoralHeaderOf('Vehicular (excluye GNL)')).toEqual({ kind: 'sector', sector: 'vehicular' });
    expect(sectoralHeaderOf('TermoEléctrico')).toEqual({ kind: 'sector', sector: 'termoelectrico' });
    expect(sectoralHeaderOf('Petroquímico')).toEqual({ kind: 'sector', sector: 'petroquimico' });
    expect(sectoralHeaderOf('Total')).toEqual({ kind: 'total' });
    expect(sectoralHeaderOf('Total Sin TermoEléctrico')).toEqual({ kind: 'total-sin-termoelectrico' });
    expect(sectoralHeaderOf('Hidrógeno')).toEqual({ kind: 'unknown' });

    expect(sectorOfBookName('UPME_Series_2024_Gas_Natural_Agregada.xlsx')).toBe('total');
    expect(sectorOfBookName('UPME_Series_2024_Gas_Natural_Industrial.xlsx')).toBe('industrial');
    expect(sectorOfBookName('UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx')).toBe('termoelectrico');
    expect(sectorOfBookName('UPME_Series_2024_Gas_Natural_Licuado_GNL_Transporte.xlsx')).toBe('gnl-transporte');
    expect(sectorOfBookName('carpeta_Industrial/libro.xlsx')).toBeNull(); // only the file's own name counts
    expect(sectorOfBookName('Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.xlsx')).toBeNull();
  });

  it('tells what a sheet holds from its name, in both editions', () => {
    expect(sheetRoleOf('Esc Alto, Medio y Bajo')).toEqual({ kind: 'scenarios', scenario: null, scenarioAssumed: false });
    expect(sheetRoleOf('Esc Med Regional')).toEqual({ kind: 'regional', scenario: 'medio', scenarioAssumed: false });
    expect(sheetRoleOf('Esc Med Sectorial')).toEqual({ kind: 'sectoral', scenario: 'medio', scenarioAssumed: false });
    expect(sheetRoleOf('Esc Med Nodal')).toEqual({ kind: 'nodal', scenario: 'medio', scenarioAssumed: false });
    expect(sheetRoleOf('Esc. Medio - Nodal')).toEqual({ kind: 'nodal', scenario: 'medio', scenarioAssumed: false });
    expect(sheetRoleOf('Esc. Bajo - Regional')).toEqual({ kind: 'regional', scenario: 'bajo', scenarioAssumed: false });
    expect(sheetRoleOf('Esc. Alto - Regional')).toEqual({ kind: 'regional', scenario: 'alto', scenarioAssumed: false });
    expect(sheetRoleOf('Regional')).toEqual({ kind: 'regional', scenario: 'medio', scenarioAssumed: true });
    for (const other of ['Hoja1', 'Notas', 'Campos Mpcpd', 'enero-24', 'VIGIA SUR - 1']) expect(sheetRoleOf(other), other).toBeNull();
  });

  it('reads months from real dates and from text, and numbers only from numbers', () => {
    expect(periodOfCell(cell(new Date(Date.UTC(2024, 9, 1))))).toBe('2024-10');
    expect(periodOfCell(cell('2024-03'))).toBe('2024-03');
    expect(periodOfCell(cell('ene-24'))).toBe('2024-01');
    expect(periodOfCell(cell('Sep. 2031'))).toBe('2031-09');
    expect(periodOfCell(cell('diciembre 2040'))).toBe('2040-12');
    for (const notDate of ['Nodo', 'Región', '2024', 'xyz-24']) expect(periodOfCell(cell(notDate)), notDate).toBeNull();
    expect(periodOfCell(cell(2024))).toBeNull();

    expect(numberOfCell(cell(12.5))).toEqual({ kind: 'number', value: 12.5 });
    expect(numberOfCell(cell('12.5'))).toEqual({ kind: 'number', value: 12.5 });
    expect(numberOfCell(cell(null))).toEqual({ kind: 'empty' });
    expect(numberOfCell(cell(' - '))).toEqual({ kind: 'empty' });
    expect(numberOfCell(cell('1.234,5'))).toEqual({ kind: 'invalid', raw: '1.234,5' });
    expect(numberOfCell(cell(null, '#N/A'))).toEqual({ kind: 'invalid', raw: '#N/A' });
  });

  it('finds the edition year in UPME’s file names', () => {
    expect(editionOfName('Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip')).toBe('2024');
    expect(editionOfName('Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip')).toBe('2023');
    expect(editionOfName('UPME_Series_2024_Gas_Natural_Industrial.xlsx')).toBe('2024');
    expect(editionOfName('Proyeccion_2024-2038.zip')).toBe('2024');
    expect(editionOfName('carpeta 2019/libro.xlsx')).toBeNull();
    expect(editionOfName('anexo_120245.zip')).toBeNull();
  });
});
