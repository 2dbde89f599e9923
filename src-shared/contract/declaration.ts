import { z } from 'zod';
import { defineCommand } from './define';
import { granularity, period } from './filters';

/**
 * MinEnergía "Declaración de Producción de Gas Natural": each declaration covers ten years (the
 * declaration period, e.g. 2025-2034) and is adopted and then updated by resolutions; every resolution
 * publishes a "soporte magnético" workbook with GBTUD per field, operator and production type.
 */

/** Production types as the soporte magnético writes them, normalised (the original text is kept too). */
export const declarationProductionTypes = ['PTDV', 'PC', 'PP', 'GAS_OPERACION', 'CIDV'] as const;
export const declarationProductionType = z.enum(declarationProductionTypes);
export type DeclarationProductionType = z.infer<typeof declarationProductionType>;

/** Spanish names for the UI and exports. */
export const declarationProductionTypeLabels: Readonly<Record<DeclarationProductionType, string>> = {
  PTDV: 'Producción total disponible para la venta (PTDV)',
  PC: 'Producción comprometida (PC)',
  PP: 'Potencial de producción (PP)',
  GAS_OPERACION: 'Gas de operación',
  CIDV: 'Cantidades importadas disponibles para la venta (CIDV)',
};

/**
 * Heating value used to turn GBTUD into MPCD for a field whose sheet declares none: 1,000 BTU/PC, the
 * round figure Colombian gas statistics use when they equate 1 GBTUD with 1 MPCD. Outputs say when it
 * was used instead of a declared value.
 */
export const DEFAULT_HEATING_VALUE_BTU_PER_CF = 1000;

/** `2025-2034`: first and last year of a declaration. */
export const declarationPeriod = z.string().regex(/^\d{4}-\d{4}$/, 'Declaración inválida: use AAAA-AAAA (por ejemplo 2025-2034)');

/** A resolution as `00739` (number) or `00739-2025` (number and year, as `declaration.resolutions` lists it). */
export const resolutionSelector = z.string().regex(/^\d{1,6}(-\d{4})?$/, 'Resolución inválida: use el número (00739) o número y año (00739-2025)');

export const declarationUnit = z.enum(['GBTUD', 'MPCD']);
export type DeclarationUnit = z.infer<typeof declarationUnit>;

export const declarationSplit = z.enum(['none', 'field', 'operator', 'productionType']);

const entityKey = z.string().min(1).max(200);

const resolutionSummary = z.object({
  /** `00739-2025`: what `resolution` accepts. */
  id: z.string(),
  number: z.string(),
  year: z.number().int(),
  /** `YYYY-MM-DD` when the page or the file name gave the date. */
  issuedOn: z.string().nullable(),
  title: z.string().nullable(),
  /** `vigente`: the latest resolution of its declaration; `anterior`: an earlier one, kept for comparison. */
  status: z.enum(['vigente', 'anterior']),
});

const seriesPoint = z.object({
  /** `YYYY-MM` for months, `YYYY` for years. */
  period: z.string(),
  /** Daily rate in the requested unit; a year is the average of its monthly rates. */
  value: z.number(),
  /** Months averaged into the point (1 for a month). */
  months: z.number().int(),
});
export type DeclarationSeriesPoint = z.infer<typeof seriesPoint>;

const heatingValueUse = z.object({
  fieldKey: z.string(),
  field: z.string(),
  sheet: z.string(),
  btuPerCf: z.number(),
  /** `declarada`: the field sheet's PODER CALORIFICO; `supuesta`: the documented default. */
  basis: z.enum(['declarada', 'supuesta']),
});

export const declarationSeries = defineCommand({
  summary: 'Declaración de producción de gas (GBTUD o MPCD) por mes o año, para una resolución (por defecto la vigente).',
  input: z
    .object({
      /** Default: the latest declaration loaded. */
      declarationPeriod: declarationPeriod.optional(),
      /** Default: the latest resolution of the declaration. */
      resolution: resolutionSelector.optional(),
      fields: z.array(entityKey).max(2000).optional(),
      /** A State's share row ("ESTADO - X") counts for the operator it is taken from. */
      operators: z.array(entityKey).max(1000).optional(),
      /** Types are different quantities of one declaration (potential, available for sale, committed…): summing them may count gas twice. */
      productionTypes: z.array(declarationProductionType).min(1).max(declarationProductionTypes.length).default(['PTDV']),
      includeStateShare: z.boolean().default(true),
      from: period.optional(),
      to: period.optional(),
      granularity: granularity.default('month'),
      unit: declarationUnit.default('GBTUD'),
      splitBy: declarationSplit.default('none'),
    })
    .default({ productionTypes: ['PTDV'], includeStateShare: true, granularity: 'month', unit: 'GBTUD', splitBy: 'none' }),
  output: z.object({
    /** Null when no declaration is loaded. */
    declarationPeriod: declarationPeriod.nullable(),
    resolution: resolutionSummary.nullable(),
    unit: declarationUnit,
    granularity,
    productionTypes: z.array(declarationProductionType),
    includeStateShare: z.boolean(),
    /** The total of everything selected; one point per month (or year) of the declaration in range. */
    points: z.array(seriesPoint),
    /** One series per field, operator or production type when `splitBy` asks for it. */
    series: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(seriesPoint) })),
    /** Per field sheet, the heating value used to convert to MPCD (empty for GBTUD). */
    heatingValues: z.array(heatingValueUse),
    /** Spanish notes the analyst should read with the numbers. */
    notes: z.array(z.string()),
  }),
});

const declarationFileSummary = z.object({
  fileId: z.number().int(),
  fileName: z.string(),
  url: z.string().nullable(),
  sha256: z.string(),
  importedAt: z.string(),
  /** `reemplazado`: a corrected copy of the same resolution took its place (its rows were removed). */
  status: z.enum(['vigente', 'anterior', 'reemplazado']),
  fieldSheets: z.number().int(),
  rowsLoaded: z.number().int(),
  rowsRejected: z.number().int(),
});

export const declarationResolutions = defineCommand({
  summary: 'Declaraciones de producción cargadas: resoluciones con su fecha, estado y archivos.',
  input: z.object({ declarationPeriod: declarationPeriod.optional() }).default({}),
  output: z.object({
    periods: z.array(
      z.object({
        declarationPeriod,
        firstYear: z.number().int(),
        lastYear: z.number().int(),
        /** Id of the resolution queries use by default. */
        currentResolutionId: z.string().nullable(),
        resolutions: z.array(resolutionSummary.extend({ fields: z.number().int(), files: z.array(declarationFileSummary) })),
      }),
    ),
  }),
});
