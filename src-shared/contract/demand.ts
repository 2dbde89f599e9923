import { z } from 'zod';
import { defineCommand } from './define';
import { granularity, period } from './filters';

/**
 * UPME's gas demand projection: GBTUD (a daily energy rate) per month, by edition, sector, scenario and
 * region or node. A rate is averaged over time and never summed; regions and nodes of one month add up.
 */

/** The nine UPME gas demand regions, in the order UPME's 2024 edition lists them. */
export const demandRegionIds = [
  'centro',
  'costa-atlantica',
  'costa-interior',
  'cqr',
  'magdalena-medio',
  'noroccidente',
  'nororiente',
  'suroccidente',
  'tolima-huila',
] as const;
export const demandRegionId = z.enum(demandRegionIds);
export type DemandRegionId = z.infer<typeof demandRegionId>;

export const demandRegionLabels: Readonly<Record<DemandRegionId, string>> = {
  centro: 'Centro',
  'costa-atlantica': 'Costa Atlántica',
  'costa-interior': 'Costa Interior',
  cqr: 'CQR',
  'magdalena-medio': 'Magdalena Medio',
  noroccidente: 'NorOccidente',
  nororiente: 'NorOriente',
  suroccidente: 'SurOccidente',
  'tolima-huila': 'Tolima-Huila',
};

/**
 * `total` is UPME's aggregate ("Agregada"), which excludes GNL for transport; the other sectors come from
 * the aggregate's sectoral sheet or from each sector's own workbook.
 */
export const demandSectorIds = [
  'total',
  'residencial',
  'industrial',
  'terciario',
  'vehicular',
  'petrolero',
  'petroquimico',
  'termoelectrico',
  'compresores',
  'gnl-transporte',
] as const;
export const demandSector = z.enum(demandSectorIds);
export type DemandSector = z.infer<typeof demandSector>;

export const demandSectorLabels: Readonly<Record<DemandSector, string>> = {
  total: 'Demanda agregada (sin GNL)',
  residencial: 'Residencial',
  industrial: 'Industrial',
  terciario: 'Terciario',
  vehicular: 'Vehicular (sin GNL)',
  petrolero: 'Petrolero',
  petroquimico: 'Petroquímico',
  termoelectrico: 'Termoeléctrico',
  compresores: 'Compresores',
  'gnl-transporte': 'GNL transporte',
};

/** `historico` is what happened (one series for every scenario); the others are UPME's projections. */
export const demandScenarioIds = ['historico', 'bajo', 'medio', 'alto'] as const;
export const demandScenario = z.enum(demandScenarioIds);
export type DemandScenario = z.infer<typeof demandScenario>;

/** An edition is UPME's yearly exercise, named by its base year ("2024"). */
export const demandEdition = z.string().regex(/^\d{4}$/, 'Edición inválida: use el año de la edición (por ejemplo 2024)');

/** `región:NOMBRE DEL NODO` (region id, then the node's name folded: upper case, no accents, single spaces). */
const nodeKey = z.string().min(3).max(200);

const seriesPoint = z.object({
  /** `YYYY-MM` for months, `YYYY` for years. */
  period: z.string(),
  scenario: demandScenario,
  /** True when every month in the point is history (then `scenario` is `historico`). */
  history: z.boolean(),
  gbtud: z.number(),
  /** Months averaged into the point (1 for a month). */
  months: z.number().int(),
  /** How many of those months are history: a year where the projection starts mixes both. */
  historyMonths: z.number().int(),
});
export type DemandSeriesPoint = z.infer<typeof seriesPoint>;

export const demandSeries = defineCommand({
  summary: 'Proyección de demanda de gas de la UPME (GBTUD) por escenario, sector, región o nodo; por mes o año (promedio).',
  input: z
    .object({
      /** Default: the newest edition loaded. */
      edition: demandEdition.optional(),
      /** Default: history and the three projection scenarios. */
      scenarios: z.array(demandScenario).min(1).max(4).default([...demandScenarioIds]),
      sector: demandSector.default('total'),
      /** Sum of these regions; absent (and no nodes) means national. */
      regions: z.array(demandRegionId).min(1).max(9).optional(),
      /** Sum of these nodes (keys from `demand.dimensions`). */
      nodes: z.array(nodeKey).min(1).max(500).optional(),
      from: period.optional(),
      to: period.optional(),
      granularity: granularity.default('month'),
    })
    .refine((input) => !(input.regions && input.nodes), { message: 'Elija regiones o nodos, no ambos', path: ['nodes'] })
    .refine((input) => !(input.from && input.to && input.from > input.to), { message: 'El periodo inicial es posterior al final', path: ['from'] }),
  output: z.object({
    edition: demandEdition.nullable(),
    sector: demandSector,
    area: z.enum(['national', 'regions', 'nodes']),
    granularity,
    unit: z.literal('GBTUD'),
    /** First projected month of the series' own workbook (null when the edition has none for it). */
    projectionStart: period.nullable(),
    points: z.array(seriesPoint),
  }),
});

export const demandCheck = z.object({
  /** The workbook's sector (its file), e.g. `total` for the Agregada workbook. */
  book: demandSector,
  sheet: z.string(),
  kind: z.enum([
    'regions-vs-national',
    'national-vs-regional',
    'sectors-vs-total',
    'sectoral-total-vs-national',
    'nodes-vs-national',
    'nodes-vs-region',
    'book-vs-sectoral',
    'yearly-average',
  ]),
  /** What was compared, e.g. a region or a sector ("Magdalena Medio"). */
  scope: z.string().nullable(),
  status: z.enum(['reconciled', 'not-reconciled']),
  /** Months compared (years, for `yearly-average`). */
  compared: z.number().int(),
  /** How many of them differ by more than 0.01 GBTUD. */
  failed: z.number().int(),
  maxDifferenceGbtud: z.number(),
  worstPeriod: z.string().nullable(),
  /** Spanish: what was compared and, when it fails, by how much. */
  detail: z.string(),
});
export type DemandCheck = z.infer<typeof demandCheck>;

const editionBook = z.object({
  sector: demandSector,
  fileId: z.number().int(),
  fileName: z.string(),
  /** The workbook's name inside the zip (null for a workbook imported on its own). */
  entryName: z.string().nullable(),
  projectionStart: period.nullable(),
  firstPeriod: period.nullable(),
  lastPeriod: period.nullable(),
  rows: z.number().int(),
});

export const demandEditions = defineCommand({
  summary: 'Ediciones de la proyección de demanda de gas cargadas, con sus libros y verificaciones.',
  input: z.object({}).strict().default({}),
  output: z.object({
    /** The edition queries use when none is given: the newest. */
    defaultEdition: demandEdition.nullable(),
    editions: z.array(
      z.object({
        edition: demandEdition,
        label: z.string(),
        loadedAt: z.string(),
        books: z.array(editionBook),
        checks: z.array(demandCheck),
      }),
    ),
  }),
});

export const demandDimensions = defineCommand({
  summary: 'Sectores, regiones y nodos disponibles en una edición de la proyección de demanda de gas.',
  input: z.object({ edition: demandEdition.optional() }).strict().default({}),
  output: z.object({
    edition: demandEdition.nullable(),
    sectors: z.array(z.object({ sector: demandSector, label: z.string(), scenarios: z.array(demandScenario), hasRegions: z.boolean(), hasNodes: z.boolean() })),
    regions: z.array(z.object({ region: demandRegionId, label: z.string() })),
    nodes: z.array(z.object({ key: nodeKey, name: z.string(), region: demandRegionId })),
  }),
});
