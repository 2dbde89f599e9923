import { z } from 'zod';
import { defineCommand } from './define';
import { period } from './filters';

const option = z.object({ key: z.string(), label: z.string() });
export type DimensionOption = z.infer<typeof option>;

const periodSpan = z.object({ first: period.nullable(), last: period.nullable() });
export type PeriodSpan = z.infer<typeof periodSpan>;

/** The datasets whose months a page's period filter can span. */
export const periodSources = ['production', 'royalties', 'declaration', 'demand'] as const;
export type PeriodSource = (typeof periodSources)[number];

export const catalogDimensions = defineCommand({
  summary: 'Valores disponibles para filtrar: departamentos, municipios, operadoras, campos, contratos y periodos (de producción y de cada conjunto de datos).',
  input: z.object({}).strict().default({}),
  output: z.object({
    departments: z.array(option),
    municipalities: z.array(option.extend({ departmentCode: z.string().nullable() })),
    operators: z.array(option),
    fields: z.array(option),
    contracts: z.array(option),
    /** Production's months (kept as the catalog's periods for the pages written before the others). */
    periods: periodSpan,
    /** First and last month loaded per dataset; demand and declaration reach into projected years. */
    periodsBySource: z.object({ production: periodSpan, royalties: periodSpan, declaration: periodSpan, demand: periodSpan }),
  }),
});
