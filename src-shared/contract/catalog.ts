import { z } from 'zod';
import { defineCommand } from './define';
import { period } from './filters';

const option = z.object({ key: z.string(), label: z.string() });
export type DimensionOption = z.infer<typeof option>;

export const catalogDimensions = defineCommand({
  summary: 'Valores disponibles para filtrar: departamentos, municipios, operadoras, campos, contratos y periodos.',
  input: z.object({}).strict().default({}),
  output: z.object({
    departments: z.array(option),
    municipalities: z.array(option.extend({ departmentCode: z.string().nullable() })),
    operators: z.array(option),
    fields: z.array(option),
    contracts: z.array(option),
    periods: z.object({ first: period.nullable(), last: period.nullable() }),
  }),
});
