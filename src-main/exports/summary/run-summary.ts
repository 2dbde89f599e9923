import type { Kysely } from 'kysely';
import type { CommandOutput } from '../../../src-shared/contract';
import type { ExportSummary } from '../../../src-shared/contract/exports';
import { assertNever } from '../../../src-shared/domain/units';
import type { Database } from '../../db/database-types';
import { declarationSeries } from '../../db/queries/declaration-series';
import { demandSeries } from '../../db/queries/demand-series';
import { productionBreakdown } from '../../db/queries/production-breakdown';
import { productionSeries } from '../../db/queries/production-series';
import { royaltiesBreakdown } from '../../db/queries/royalties-breakdown';
import { royaltiesSeries } from '../../db/queries/royalties-series';

/** A summary request with the answer of its command: the same functions the dispatcher calls. */
export type SummaryAnswer = {
  [N in ExportSummary['command']]: { command: N; input: Extract<ExportSummary, { command: N }>['input']; output: CommandOutput<N> };
}[ExportSummary['command']];

export async function runSummary(db: Kysely<Database>, summary: ExportSummary): Promise<SummaryAnswer> {
  switch (summary.command) {
    case 'production.series':
      return { ...summary, output: await productionSeries(db, summary.input) };
    case 'production.breakdown':
      return { ...summary, output: await productionBreakdown(db, summary.input) };
    case 'royalties.series':
      return { ...summary, output: await royaltiesSeries(db, summary.input) };
    case 'royalties.breakdown':
      return { ...summary, output: await royaltiesBreakdown(db, summary.input) };
    case 'declaration.series':
      return { ...summary, output: await declarationSeries(db, summary.input) };
    case 'demand.series':
      return { ...summary, output: await demandSeries(db, summary.input) };
    default:
      return assertNever(summary);
  }
}
