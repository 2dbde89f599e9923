import { describe, expect, it } from 'vitest';
import type { DatasetColumn } from '../../../src-shared/contract/data';
import { columnHeader, formatCell } from '../../../src-renderer/data/cell-format';
import { dataViewParams, defaultDataView, nextSort, parseDataView } from '../../../src-renderer/data/data-route';
import { dataRowsInput, type DataRowsFilters } from '../../../src-renderer/data/data-rows-input';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';

const filters: DataRowsFilters = { facts: { from: '2024-01', to: '2024-12', departments: ['85'] }, edition: null, scenario: 'medio', sectors: [], regions: [] };

describe('the Datos page state in the URL', () => {
  it('reads and writes the dataset, unit, order, search, page and page size', () => {
    const view = { dataset: 'royalties' as const, unit: 'MPC', sort: { column: 'periodo', direction: 'desc' as const }, search: 'Tauramena', page: 3, pageSize: 50 as const };
    const params = dataViewParams(view);
    expect(params).toEqual({ conjunto: 'regalias', unidad: 'MPC', orden: 'periodo:desc', buscar: 'Tauramena', pagina: '3', filas: '50' });
    expect(parseDataView(Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null)))).toEqual(view);
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(parseDataView({})).toEqual(defaultDataView);
    expect(parseDataView({ conjunto: 'petroleo', orden: 'a b:up', pagina: '-2', filas: '7' })).toEqual(defaultDataView);
    expect(Object.values(dataViewParams(defaultDataView)).every((value) => value === null)).toBe(true);
  });

  it('cycles a column header through ascending, descending and the default order', () => {
    expect(nextSort(null, 'volumen')).toEqual({ column: 'volumen', direction: 'asc' });
    expect(nextSort({ column: 'volumen', direction: 'asc' }, 'volumen')).toEqual({ column: 'volumen', direction: 'desc' });
    expect(nextSort({ column: 'volumen', direction: 'desc' }, 'volumen')).toBeNull();
    expect(nextSort({ column: 'volumen', direction: 'desc' }, 'campo')).toEqual({ column: 'campo', direction: 'asc' });
  });
});

describe('dataRowsInput', () => {
  it('asks for one page of production with the filters, order and search', () => {
    const view = { ...defaultDataView, unit: 'KPCD', sort: { column: 'campo', direction: 'asc' as const }, search: ' cusiana ', page: 2 };
    expect(dataRowsInput(view, filters)).toEqual({
      dataset: 'production',
      filters: filters.facts,
      unit: 'KPCD',
      offset: 25,
      limit: 25,
      search: 'cusiana',
      sort: [{ column: 'campo', direction: 'asc' }],
    });
  });

  it('leaves out a unit the dataset does not offer, so the service uses its default', () => {
    expect(dataRowsInput({ ...defaultDataView, dataset: 'royalties', unit: 'GBTUD' }, filters)).toEqual({ dataset: 'royalties', filters: filters.facts, offset: 0, limit: 25 });
    expect(dataRowsInput({ ...defaultDataView, dataset: 'declaration', unit: 'MPC' }, filters)).not.toHaveProperty('unit');
  });

  it('adds the demand filters: edition, history with the chosen scenario, sectors and regions', () => {
    const demand = { ...filters, facts: {}, edition: '2024', scenario: 'alto' as const, sectors: ['termoelectrico' as const, 'industrial' as const], regions: ['centro' as const] };
    expect(dataRowsInput({ ...defaultDataView, dataset: 'demand' }, demand)).toEqual({
      dataset: 'demand',
      filters: { edition: '2024', scenarios: ['historico', 'alto'], sectors: ['industrial', 'termoelectrico'], regions: ['centro'] },
      offset: 0,
      limit: 25,
    });
  });
});

describe('cells', () => {
  const column = (overrides: Partial<DatasetColumn>): DatasetColumn => ({
    id: 'x',
    label: 'Volumen',
    labelEn: 'Volume',
    type: 'number',
    unit: 'm3',
    format: null,
    decimals: 2,
    sortable: true,
    searchable: false,
    lineage: false,
    ...overrides,
  });

  it('formats numbers es-CO with the column decimals, months in words, and missing values as a dash', () => {
    expect(formatCell(1234567.891, column({}), 'es')).toBe('1.234.567,89');
    expect(formatCell(1234567.891, column({ decimals: 0 }), 'en')).toBe('1.234.568');
    expect(formatCell(4200, column({ type: 'integer' }), 'es')).toBe('4.200');
    expect(formatCell(2024, column({ type: 'integer', format: '0' }), 'es')).toBe('2024');
    expect(formatCell(0.5, column({ format: '#,##0.00' }), 'es')).toBe('0,50');
    expect(formatCell('2024-03', column({ type: 'month', unit: null }), 'es')).toBe('mar 2024');
    expect(formatCell('2024-03', column({ type: 'month', unit: null }), 'en')).toBe('Mar 2024');
    expect(formatCell(null, column({}), 'es')).toBe('—');
    expect(formatCell('CUSIANA', column({ type: 'text', unit: null }), 'es')).toBe('CUSIANA');
  });

  it('heads a column with its label in the page language and its unit', () => {
    expect(columnHeader(column({}), 'es')).toBe('Volumen (m³)');
    expect(columnHeader(column({ unit: null }), 'en')).toBe('Volume');
    expect(UNIT_SEPARATOR).toBe('\u00a0');
  });
});
