import { z } from 'zod';
import { declarationPeriod, declarationProductionType, resolutionSelector } from './declaration';
import { defineCommand } from './define';
import { demandEdition } from './demand';
import { granularity, period } from './filters';

/** The projection scenarios a balance compares supply against (history fills months before each starts). */
export const balanceScenarioIds = ['bajo', 'medio', 'alto'] as const;
export const balanceScenario = z.enum(balanceScenarioIds);
export type BalanceScenario = z.infer<typeof balanceScenario>;

const scenarioValues = z.object({ bajo: z.number().nullable(), medio: z.number().nullable(), alto: z.number().nullable() });

const balancePoint = z.object({
  /** `YYYY-MM` or `YYYY`. */
  period: z.string(),
  /** Declared supply (MinEnergía, the selected resolution), GBTUD. */
  supplyGbtud: z.number(),
  /** Projected demand per scenario (UPME, the selected edition), GBTUD; null where the edition does not reach. */
  demandGbtud: scenarioValues,
  /** Supply − demand per scenario; negative is a deficit. */
  gapGbtud: scenarioValues,
});
export type BalancePoint = z.infer<typeof balancePoint>;

export const balanceSeries = defineCommand({
  summary: 'Balance de gas: oferta declarada (MinEnergía) frente a demanda proyectada (UPME) por escenario, en GBTUD.',
  input: z
    .object({
      declarationPeriod: declarationPeriod.optional(),
      resolution: resolutionSelector.optional(),
      edition: demandEdition.optional(),
      scenarios: z.array(balanceScenario).min(1).max(3).default([...balanceScenarioIds]),
      productionTypes: z.array(declarationProductionType).min(1).default(['PTDV']),
      includeStateShare: z.boolean().default(true),
      from: period.optional(),
      to: period.optional(),
      granularity: granularity.default('month'),
    })
    .default({ scenarios: [...balanceScenarioIds], productionTypes: ['PTDV'], includeStateShare: true, granularity: 'month' }),
  output: z.object({
    unit: z.literal('GBTUD'),
    granularity,
    declarationPeriod: declarationPeriod.nullable(),
    /** `00739-2025`, the resolution whose declaration is the supply. */
    resolution: z.string().nullable(),
    edition: demandEdition.nullable(),
    scenarios: z.array(balanceScenario),
    points: z.array(balancePoint),
    /** Per scenario, the first period whose demand exceeds declared supply (null: never in range). */
    firstDeficit: z.object({ bajo: z.string().nullable(), medio: z.string().nullable(), alto: z.string().nullable() }),
    /** Spanish notes to read with the numbers (which data was missing, what was assumed). */
    notes: z.array(z.string()),
  }),
});
