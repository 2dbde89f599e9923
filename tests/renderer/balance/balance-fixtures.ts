import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import type { BalancePoint } from '../../../src-shared/contract/balance';

/** A point with demand per scenario (null: the edition does not reach it); gaps follow. */
export function balancePoint(period: string, supply: number, bajo: number | null, medio: number | null, alto: number | null): BalancePoint {
  const gap = (demand: number | null) => (demand === null ? null : supply - demand);
  return { period, supplyGbtud: supply, demandGbtud: { bajo, medio, alto }, gapGbtud: { bajo: gap(bajo), medio: gap(medio), alto: gap(alto) } };
}

/**
 * Six months of the 2025-2034 declaration: the medium scenario runs short in March and again from May,
 * the high one from February, the low one never; the earlier resolution declared 100 GBTUD more.
 */
export function balanceAnswer(input: CommandInput<'balance.series'>): CommandOutput<'balance.series'> {
  const earlier = input?.resolution === '00739-2025';
  const extra = earlier ? 100 : 0;
  const supply = [1000, 990, 980, 970, 960, 950].map((value) => value + extra);
  const medio = [900, 950, 990, 960, 970, 1000];
  const points = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map((period, index) =>
    balancePoint(period, supply[index]!, 800, medio[index]!, index === 5 ? null : 995),
  );
  const firstDeficit = (scenario: 'bajo' | 'medio' | 'alto') => points.find((point) => (point.gapGbtud[scenario] ?? 0) < 0)?.period ?? null;
  return {
    unit: 'GBTUD',
    granularity: input?.granularity ?? 'month',
    declarationPeriod: '2025-2034',
    resolution: earlier ? '00739-2025' : '01281-2025',
    edition: input?.edition ?? '2024',
    scenarios: ['bajo', 'medio', 'alto'],
    points,
    firstDeficit: { bajo: firstDeficit('bajo'), medio: firstDeficit('medio'), alto: firstDeficit('alto') },
    notes: ['La edición 2024 no proyecta el escenario alto después de mayo de 2025.'],
  };
}

export const resolutionsAnswer: CommandOutput<'declaration.resolutions'> = {
  periods: [
    {
      declarationPeriod: '2025-2034',
      firstYear: 2025,
      lastYear: 2034,
      currentResolutionId: '01281-2025',
      resolutions: [
        { id: '01281-2025', number: '01281', year: 2025, issuedOn: '2025-07-29', title: 'Resolución 01281', status: 'vigente', fields: 2, files: [] },
        { id: '00739-2025', number: '00739', year: 2025, issuedOn: '2025-05-28', title: 'Resolución 00739', status: 'anterior', fields: 2, files: [] },
      ],
    },
    {
      declarationPeriod: '2024-2033',
      firstYear: 2024,
      lastYear: 2033,
      currentResolutionId: '00662-2024',
      resolutions: [{ id: '00662-2024', number: '00662', year: 2024, issuedOn: '2024-07-03', title: 'Resolución 00662', status: 'vigente', fields: 2, files: [] }],
    },
  ],
};
