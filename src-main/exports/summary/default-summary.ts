import type { DatasetQuery } from '../../../src-shared/contract/data';
import { declarationSeries } from '../../../src-shared/contract/declaration';
import { demandSeries } from '../../../src-shared/contract/demand';
import type { ExportSummary } from '../../../src-shared/contract/exports';
import { productionSeries } from '../../../src-shared/contract/production';
import { royaltiesSeries } from '../../../src-shared/contract/royalties';
import { assertNever } from '../../../src-shared/domain/units';

/**
 * The "Resumen" of an export that names none (the CLI, a table without a chart): the dataset's monthly
 * series with the export's own filters, as the contract command computes it.
 */
export function defaultSummary(query: DatasetQuery): ExportSummary {
  switch (query.dataset) {
    case 'production':
      return { command: 'production.series', input: productionSeries.input.parse({ ...query.filters, granularity: 'month' }) };
    case 'royalties':
      return { command: 'royalties.series', input: royaltiesSeries.input.parse({ ...query.filters, granularity: 'month', volumeUnit: query.unit }) };
    case 'declaration': {
      const { declarationPeriod, resolution, fields, operators, productionTypes, includeStateShare, from, to } = query.filters;
      return {
        command: 'declaration.series',
        input: declarationSeries.input.parse({ declarationPeriod, resolution, fields, operators, productionTypes, includeStateShare, from, to, unit: query.unit === 'GBTUD' ? 'GBTUD' : 'MPCD' }),
      };
    }
    case 'demand': {
      const { edition, scenarios, sectors, regions, nodes, from, to } = query.filters;
      return {
        command: 'demand.series',
        input: demandSeries.input.parse({ edition, scenarios, sector: sectors?.[0], regions, nodes: regions ? undefined : nodes, from, to }),
      };
    }
    default:
      return assertNever(query);
  }
}
