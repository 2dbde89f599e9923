import { productionMeasureIds, type ProductionMeasure } from '../../src-shared/domain/production-measures';
import type { BreakdownDimension } from '../../src-shared/contract/production';
import type { ProductionMagnitude } from './production-display';

/** Dimensions a chart can be stacked by (the department / operator / field). */
export const stackDimensions = ['department', 'operator', 'field'] as const;
export type StackDimension = (typeof stackDimensions)[number];
export const stackSizes = [5, 10] as const;
export const tableDimensions = ['department', 'municipality', 'operator', 'field', 'contract'] as const satisfies readonly BreakdownDimension[];
export const tableSizes = [10, 20, 50] as const;

/** The Producción page's own choices, kept in the URL so a view can be bookmarked or shared. */
export interface ProductionView {
  measure: ProductionMeasure;
  magnitude: ProductionMagnitude;
  stack: StackDimension | null;
  stackSize: (typeof stackSizes)[number];
  table: (typeof tableDimensions)[number];
  tableSize: (typeof tableSizes)[number];
}

export const defaultProductionView: ProductionView = { measure: 'fiscalizada', magnitude: 'rate', stack: null, stackSize: 5, table: 'department', tableSize: 10 };

/** Spanish words in the URL (`#/produccion?apilar=departamento`), as analysts would type them. */
const dimensionWords: Record<BreakdownDimension, string> = {
  department: 'departamento',
  municipality: 'municipio',
  operator: 'operadora',
  field: 'campo',
  contract: 'contrato',
};
const magnitudeWords: Record<ProductionMagnitude, string> = { rate: 'tasa', volume: 'volumen' };

function fromWord<T extends string>(words: Record<T, string>, allowed: readonly T[], word: string | undefined): T | undefined {
  return allowed.find((value) => words[value] === word);
}

function fromNumber<T extends number>(allowed: readonly T[], text: string | undefined): T | undefined {
  return allowed.find((value) => String(value) === text);
}

/** Reads the view from route params; anything unknown falls back to its default. */
export function parseProductionView(params: Readonly<Record<string, string>>): ProductionView {
  const measure = productionMeasureIds.find((id) => id === params['medida']);
  return {
    measure: measure ?? defaultProductionView.measure,
    magnitude: fromWord(magnitudeWords, ['rate', 'volume'], params['magnitud']) ?? defaultProductionView.magnitude,
    stack: fromWord(dimensionWords, stackDimensions, params['apilar']) ?? null,
    stackSize: fromNumber(stackSizes, params['mayores']) ?? defaultProductionView.stackSize,
    table: fromWord(dimensionWords, tableDimensions, params['tabla']) ?? defaultProductionView.table,
    tableSize: fromNumber(tableSizes, params['filas']) ?? defaultProductionView.tableSize,
  };
}

/** Route params for a view; defaults are left out so the plain page keeps the plain URL. */
export function productionViewParams(view: ProductionView): Record<string, string | null> {
  const unlessDefault = <K extends keyof ProductionView>(key: K, text: string) => (view[key] === defaultProductionView[key] ? null : text);
  return {
    medida: unlessDefault('measure', view.measure),
    magnitud: unlessDefault('magnitude', magnitudeWords[view.magnitude]),
    apilar: view.stack ? dimensionWords[view.stack] : null,
    mayores: unlessDefault('stackSize', String(view.stackSize)),
    tabla: unlessDefault('table', dimensionWords[view.table]),
    filas: unlessDefault('tableSize', String(view.tableSize)),
  };
}
