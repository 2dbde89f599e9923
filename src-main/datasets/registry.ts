import type { Kysely } from 'kysely';
import type { DatasetColumn, DatasetId, DatasetQuery } from '../../src-shared/contract/data';
import { rateUnits, volumeUnits, assertNever } from '../../src-shared/domain/units';
import type { Database } from '../db/database-types';
import type { DatasetPlan } from './dataset-plan';
import { pickColumns } from './pick-columns';
import { declarationColumns } from './declaration/declaration-columns';
import { declarationAppliedFilters, planDeclaration } from './declaration/declaration-plan';
import { demandColumns } from './demand/demand-columns';
import { demandAppliedFilters, planDemand } from './demand/demand-plan';
import { productionColumns } from './production/production-columns';
import { planProduction, productionAppliedFilters } from './production/production-plan';
import { royaltyColumns } from './royalties/royalties-columns';
import { planRoyalties, royaltyAppliedFilters } from './royalties/royalties-plan';

/** What a dataset is, independent of any request: what `data.datasets` lists. */
export interface DatasetDescriptor {
  readonly id: DatasetId;
  readonly title: string;
  readonly titleEn: string;
  readonly description: string;
  /** What the default export file name calls it (`caudal-produccion-…`). */
  readonly fileSlug: string;
  readonly units: readonly string[];
  readonly defaultUnit: string;
  readonly filters: readonly string[];
  readonly defaultSort: ReadonlyArray<{ column: string; direction: 'asc' | 'desc' }>;
  columns(unit: string): DatasetColumn[];
}

/**
 * By month, then in the order the source lists its rows (the row key follows the load order). Only the
 * period needs sorting, which the period indexes serve: a page or an export starts without sorting
 * the whole table first.
 */
const bySourceOrder = [{ column: 'period', direction: 'asc' as const }];

/**
 * UPME's tables as its workbooks list them: sheet by sheet, row by row (the row key follows the load
 * order), read in that order from an index, with no sort at all. By period, the first page of an
 * edition sorted its ~235,000 rows at 10× volume (~60 ms), and the index that would avoid it led SQLite
 * astray on the demand series (see migration 0010).
 */
const asInTheWorkbooks: DatasetDescriptor['defaultSort'] = [];

export const datasetDescriptors: Readonly<Record<DatasetId, DatasetDescriptor>> = {
  production: {
    id: 'production',
    title: 'Producción fiscalizada de gas (ANH)',
    titleEn: 'Fiscalized gas production (ANH)',
    description: 'Volumen mensual por campo, contrato, operadora y municipio, con las ocho medidas de la ANH.',
    fileSlug: 'produccion',
    units: [...volumeUnits, ...rateUnits],
    defaultUnit: 'MPC',
    filters: productionAppliedFilters,
    defaultSort: bySourceOrder,
    columns: productionColumns,
  },
  royalties: {
    id: 'royalties',
    title: 'Regalías de gas por campo (ANH)',
    titleEn: 'Gas royalties by field (ANH)',
    description: 'Liquidaciones mensuales: producción gravable, volumen de regalía, precio, TRM y regalías en COP y USD.',
    fileSlug: 'regalias',
    units: [...volumeUnits],
    defaultUnit: 'KPC',
    filters: royaltyAppliedFilters,
    defaultSort: bySourceOrder,
    columns: royaltyColumns,
  },
  declaration: {
    id: 'declaration',
    title: 'Declaración de producción de gas (MinEnergía)',
    titleEn: 'Gas production declaration (MinEnergía)',
    description: 'Cantidades declaradas por campo, declarante y tipo de producción, mes a mes, de una resolución.',
    fileSlug: 'declaracion',
    units: [...rateUnits],
    defaultUnit: 'GBTUD',
    filters: declarationAppliedFilters,
    defaultSort: bySourceOrder,
    columns: declarationColumns,
  },
  demand: {
    id: 'demand',
    title: 'Proyección de demanda de gas (UPME)',
    titleEn: 'Gas demand projection (UPME)',
    description: 'Demanda mensual histórica y proyectada por escenario, sector, región y nodo, de una edición.',
    fileSlug: 'demanda',
    units: [...rateUnits],
    defaultUnit: 'GBTUD',
    filters: demandAppliedFilters,
    defaultSort: asInTheWorkbooks,
    columns: demandColumns,
  },
};

/** Resolves a request into its dataset's plan (looking up editions, resolutions and heating values). */
export async function planDataset(db: Kysely<Database>, query: DatasetQuery): Promise<DatasetPlan> {
  return pickColumns(await planOf(db, query), query.columns);
}

function planOf(db: Kysely<Database>, query: DatasetQuery): Promise<DatasetPlan> {
  switch (query.dataset) {
    case 'production':
      return planProduction(db, query);
    case 'royalties':
      return planRoyalties(db, query);
    case 'declaration':
      return planDeclaration(db, query);
    case 'demand':
      return planDemand(db, query);
    default:
      return assertNever(query);
  }
}
