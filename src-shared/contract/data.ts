import { z } from 'zod';
import { rateUnits, volumeUnits } from '../domain/units';
import { declarationPeriod, declarationProductionType, declarationProductionTypes, resolutionSelector } from './declaration';
import { demandEdition, demandRegionId, demandScenario, demandSector } from './demand';
import { defineCommand } from './define';
import { factFilters } from './filters';

/**
 * The "Datos" page and the exports read the facts row by row through datasets: one per fact table,
 * each with its columns (labels, type, unit), the filters it understands, a stable default order and a
 * search over its text columns. Values leave the database already in the unit asked for.
 */
export const datasetIds = ['production', 'royalties', 'declaration', 'demand'] as const;
export const datasetId = z.enum(datasetIds);
export type DatasetId = z.infer<typeof datasetId>;

/** `month` values are `YYYY-MM`, `date` values `YYYY-MM-DD`; exports turn both into real dates. */
export const columnTypes = ['text', 'number', 'integer', 'month', 'date'] as const;
export const columnType = z.enum(columnTypes);
export type ColumnType = z.infer<typeof columnType>;

export const datasetColumn = z.object({
  id: z.string(),
  label: z.string(),
  labelEn: z.string(),
  type: columnType,
  /** `MPC`, `GBTUD`, `COP`…; null for text, periods and plain counts. */
  unit: z.string().nullable(),
  /** Excel number format code (`#,##0.00`, `mmm-yyyy`); null for text. */
  format: z.string().nullable(),
  /** Decimals shown on screen (null for text and periods). */
  decimals: z.number().int().min(0).nullable(),
  sortable: z.boolean(),
  /** Part of the full-text search. */
  searchable: z.boolean(),
  /** Lineage columns (file, sheet, row): shown on demand. */
  lineage: z.boolean(),
});
export type DatasetColumn = z.infer<typeof datasetColumn>;

/** The shared filter bar's names; a dataset says which of them it applies. */
export const sharedFilterNames = ['from', 'to', 'departments', 'municipalities', 'operators', 'fields', 'contracts'] as const;
export type SharedFilterName = (typeof sharedFilterNames)[number];

const textKey = z.string().min(1).max(200);

export const productionDataFilters = factFilters;
export const royaltyDataFilters = factFilters.extend({
  regimes: z.array(textKey).max(100).optional(),
  productionTypes: z.array(textKey).max(100).optional(),
});
export const declarationDataFilters = factFilters.extend({
  /** Default: the latest declaration loaded. */
  declarationPeriod: declarationPeriod.optional(),
  /** Default: the declaration's current resolution (one resolution at a time, never mixed). */
  resolution: resolutionSelector.optional(),
  productionTypes: z.array(declarationProductionType).min(1).max(declarationProductionTypes.length).optional(),
  includeStateShare: z.boolean().optional(),
});
export const demandAreaKinds = ['national', 'region', 'node'] as const;
export const demandDataFilters = factFilters.extend({
  /** Default: the newest edition loaded. */
  edition: demandEdition.optional(),
  scenarios: z.array(demandScenario).min(1).max(4).optional(),
  sectors: z.array(demandSector).min(1).max(10).optional(),
  areas: z.array(z.enum(demandAreaKinds)).min(1).max(3).optional(),
  regions: z.array(demandRegionId).min(1).max(9).optional(),
  nodes: z.array(textKey).min(1).max(500).optional(),
});
export type ProductionDataFilters = z.infer<typeof productionDataFilters>;
export type RoyaltyDataFilters = z.infer<typeof royaltyDataFilters>;
export type DeclarationDataFilters = z.infer<typeof declarationDataFilters>;
export type DemandDataFilters = z.infer<typeof demandDataFilters>;

/** Production is stored as monthly volumes: it can be shown as a volume or as a daily rate. */
export const productionDataUnit = z.enum([...volumeUnits, ...rateUnits]);
export const royaltyDataUnit = z.enum(volumeUnits);
/** Declared supply and projected demand are daily energy rates (GBTUD); MPCD and the rest go through a heating value. */
export const energyRateDataUnit = z.enum(rateUnits);
export type DatasetUnit = z.infer<typeof productionDataUnit>;

export const sortKey = z.object({ column: z.string().min(1).max(64), direction: z.enum(['asc', 'desc']).default('asc') });
export type SortKey = z.infer<typeof sortKey>;

/**
 * A dataset, its filters and unit, plus whatever a command adds (paging for `data.rows`, the file for
 * `exports.create`): one variant per dataset, so each dataset's filters and units are checked exactly.
 */
export function byDataset<Extra extends z.ZodRawShape>(extra: Extra) {
  const common = {
    sort: z.array(sortKey).max(5).optional(),
    /** Words to find in the text columns (case and accents ignored; every word must appear). */
    search: z.string().max(200).optional(),
    /** Column ids to include, in this order (the table's visible columns); absent: all of them. */
    columns: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
    ...extra,
  };
  return z.discriminatedUnion('dataset', [
    z.object({ dataset: z.literal('production'), filters: productionDataFilters.default({}), unit: productionDataUnit.default('MPC'), ...common }),
    z.object({ dataset: z.literal('royalties'), filters: royaltyDataFilters.default({}), unit: royaltyDataUnit.default('KPC'), ...common }),
    z.object({ dataset: z.literal('declaration'), filters: declarationDataFilters.default({}), unit: energyRateDataUnit.default('GBTUD'), ...common }),
    z.object({ dataset: z.literal('demand'), filters: demandDataFilters.default({}), unit: energyRateDataUnit.default('GBTUD'), ...common }),
  ]);
}

export const datasetQuery = byDataset({});
export type DatasetQuery = z.output<typeof datasetQuery>;

export const cellValue = z.union([z.string(), z.number(), z.null()]);
export type CellValue = z.infer<typeof cellValue>;

export const MAX_PAGE_ROWS = 1000;

export const dataRows = defineCommand({
  summary: 'Filas de un conjunto de datos (producción, regalías, declaración, demanda) con filtros, orden, búsqueda y paginación.',
  input: byDataset({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
  }),
  output: z.object({
    dataset: datasetId,
    unit: z.string(),
    /** Columns in the order of each row's values, with the units of this answer. */
    columns: z.array(datasetColumn),
    /** Rows matching filters and search, all pages together. */
    total: z.number().int(),
    offset: z.number().int(),
    rows: z.array(z.object({ key: z.string(), values: z.array(cellValue) })),
    /** The order applied, default keys included. */
    sort: z.array(z.object({ column: z.string(), direction: z.enum(['asc', 'desc']) })),
    /** Filters sent that this dataset has no column for (e.g. departments for demand): not applied. */
    ignoredFilters: z.array(z.string()),
    /** Spanish notes to read with the numbers (edition or resolution used, heating values…). */
    notes: z.array(z.string()),
  }),
});

export const dataDatasets = defineCommand({
  summary: 'Conjuntos de datos disponibles: columnas con etiquetas, tipos y unidades, filtros y unidades admitidas.',
  input: z.object({}).strict().default({}),
  output: z.object({
    datasets: z.array(
      z.object({
        id: datasetId,
        title: z.string(),
        titleEn: z.string(),
        description: z.string(),
        units: z.array(z.string()),
        defaultUnit: z.string(),
        /** Columns as shown in the default unit. */
        columns: z.array(datasetColumn),
        /** Shared filters it applies, then its own. */
        filters: z.array(z.string()),
        defaultSort: z.array(z.object({ column: z.string(), direction: z.enum(['asc', 'desc']) })),
      }),
    ),
  }),
});

export const dataLineage = defineCommand({
  summary: 'De dónde sale una fila: archivo de origen (nombre, sha256, URL, publicador, fecha de importación), hoja y fila.',
  input: z.object({ dataset: datasetId, key: z.string().min(1).max(64) }),
  output: z.object({
    dataset: datasetId,
    key: z.string(),
    file: z.object({
      id: z.number().int(),
      sourceId: z.string(),
      name: z.string(),
      sha256: z.string(),
      url: z.string().nullable(),
      publisher: z.string(),
      importedAt: z.string(),
      coverage: z.string().nullable(),
      status: z.enum(['active', 'superseded']),
    }),
    sheet: z.string().nullable(),
    row: z.number().int().nullable(),
    /** The cell, when the source records it (UPME demand). */
    cell: z.string().nullable(),
    /** Spanish: what else places the row (workbook inside a zip, resolution…). */
    detail: z.string().nullable(),
  }),
});
