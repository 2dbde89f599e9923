import type { Granularity } from '../../src-shared/contract/filters';
import type { RoyaltyBreakdownDimension } from '../../src-shared/contract/royalties';

export const royaltyCurrencies = ['COP', 'USD'] as const;
export type RoyaltyCurrency = (typeof royaltyCurrencies)[number];
export const royaltyGranularities = ['month', 'year'] as const satisfies readonly Granularity[];
export const royaltyTableDimensions = ['department', 'municipality', 'field', 'contract', 'regime', 'productionType'] as const satisfies readonly RoyaltyBreakdownDimension[];
export const royaltyTableSizes = [10, 20, 50] as const;

/** The Regalías page's own choices, kept in the URL (`#/regalias?moneda=usd&tabla=regimen`). */
export interface RoyaltiesView {
  currency: RoyaltyCurrency;
  granularity: Granularity;
  table: RoyaltyBreakdownDimension;
  tableSize: (typeof royaltyTableSizes)[number];
}

export const defaultRoyaltiesView: RoyaltiesView = { currency: 'COP', granularity: 'month', table: 'department', tableSize: 10 };

/** Spanish words in the URL, as analysts would type them. */
const currencyWords: Record<RoyaltyCurrency, string> = { COP: 'cop', USD: 'usd' };
const granularityWords: Record<Granularity, string> = { month: 'mes', year: 'anio' };
const dimensionWords: Record<RoyaltyBreakdownDimension, string> = {
  department: 'departamento',
  municipality: 'municipio',
  field: 'campo',
  contract: 'contrato',
  regime: 'regimen',
  productionType: 'tipo',
};

function fromWord<T extends string>(words: Record<T, string>, allowed: readonly T[], word: string | undefined): T | undefined {
  return allowed.find((value) => words[value] === word);
}

/** Reads the view from route params; anything unknown falls back to its default. */
export function parseRoyaltiesView(params: Readonly<Record<string, string>>): RoyaltiesView {
  return {
    currency: fromWord(currencyWords, royaltyCurrencies, params['moneda']) ?? defaultRoyaltiesView.currency,
    granularity: fromWord(granularityWords, royaltyGranularities, params['periodicidad']) ?? defaultRoyaltiesView.granularity,
    table: fromWord(dimensionWords, royaltyTableDimensions, params['tabla']) ?? defaultRoyaltiesView.table,
    tableSize: royaltyTableSizes.find((size) => String(size) === params['filas']) ?? defaultRoyaltiesView.tableSize,
  };
}

/** Route params for a view; defaults are left out so the plain page keeps the plain URL. */
export function royaltiesViewParams(view: RoyaltiesView): Record<string, string | null> {
  const unlessDefault = <K extends keyof RoyaltiesView>(key: K, text: string) => (view[key] === defaultRoyaltiesView[key] ? null : text);
  return {
    moneda: unlessDefault('currency', currencyWords[view.currency]),
    periodicidad: unlessDefault('granularity', granularityWords[view.granularity]),
    tabla: unlessDefault('table', dimensionWords[view.table]),
    filas: unlessDefault('tableSize', String(view.tableSize)),
  };
}
