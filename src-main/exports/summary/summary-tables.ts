import type { DatasetUnit } from '../../../src-shared/contract/data';
import { assertNever } from '../../../src-shared/domain/units';
import type { SheetTable } from '../sheet-table';
import { declarationSeriesTables, demandSeriesTable } from './energy-summary';
import { productionBreakdownTable, productionSeriesTable } from './production-summary';
import { royaltiesBreakdownTable, royaltiesSeriesTable } from './royalties-summary';
import type { SummaryAnswer } from './run-summary';

/** The "Resumen" sheet's tables for a command's answer. */
export function summaryTables(answer: SummaryAnswer, unit: DatasetUnit): SheetTable[] {
  switch (answer.command) {
    case 'production.series':
      return [productionSeriesTable(answer.input, answer.output, unit)];
    case 'production.breakdown':
      return [productionBreakdownTable(answer.input, answer.output, unit)];
    case 'royalties.series':
      return [royaltiesSeriesTable(answer.output)];
    case 'royalties.breakdown':
      return [royaltiesBreakdownTable(answer.output)];
    case 'declaration.series':
      return declarationSeriesTables(answer.output);
    case 'demand.series':
      return [demandSeriesTable(answer.output)];
    default:
      return assertNever(answer);
  }
}
