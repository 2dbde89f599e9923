import type { ParsedInput } from '../../../src-shared/contract';
import type { DatasetStream } from '../../datasets/query/iterate-dataset';
import { datasetDescriptors } from '../../datasets/registry';
import { caudalVersion } from '../caudal-version';
import type { ChartPng } from '../chart-png';
import type { ExportConnection } from '../export-connection';
import { defaultSummary } from '../summary/default-summary';
import { runSummary } from '../summary/run-summary';
import { summaryTables } from '../summary/summary-tables';
import type { TrailingSheets } from '../xlsx/write-workbook';
import { rejectedRowsStream } from './export-rejects';
import { sourcesTable } from './export-sources';
import { describeFilters, filterLabels } from './filter-descriptions';
import { metadataTables } from './metadata-tables';
import type { RowObserver } from './row-observer';

export interface TrailingInputs {
  readonly request: ParsedInput<'exports.create'>;
  readonly data: DatasetStream;
  readonly observer: RowObserver;
  readonly connection: ExportConnection;
  readonly chart: ChartPng | null;
  readonly generatedAt: Date;
}

/** Everything after the rows, read from the same snapshot once the rows are written. */
export async function trailingSheetsFor(inputs: TrailingInputs): Promise<{ sheets: TrailingSheets; rejectedTotal: number }> {
  const { request, data, observer, connection } = inputs;
  const { db } = connection;
  const summaryRequest = request.summary === undefined ? defaultSummary(request) : request.summary;
  const answer = summaryRequest ? await runSummary(db, summaryRequest) : null;
  const fileIds = observer.fileIds();
  const rejects = rejectedRowsStream(connection.sqlite, fileIds);
  const sources = await sourcesTable(db, fileIds);
  const columnLabel = (id: string) => data.columns.find((c) => c.id === id)?.label ?? id;
  const metadata = metadataTables(
    {
      datasetTitle: datasetDescriptors[request.dataset].title,
      generatedAt: inputs.generatedAt,
      version: caudalVersion,
      format: 'Excel (.xlsx)',
      unit: data.plan.unit,
      rows: data.total,
      sort: data.sort.map((s) => `${columnLabel(s.column)} ${s.direction === 'asc' ? 'ascendente' : 'descendente'}`).join(', ') + ', luego el orden de la fuente',
      search: request.search,
      filters: await describeFilters(db, request),
      ignoredFilters: data.plan.ignoredFilters.map((name) => filterLabels[name] ?? name),
      facts: data.plan.facts,
      summary: summaryRequest ? `${summaryRequest.command} (la misma consulta que la pantalla)` : 'Sin resumen',
      chart: inputs.chart !== null && answer !== null,
      sourceFiles: fileIds.length,
      rejectedRows: { total: rejects.total, shown: rejects.shown },
    },
    observer.heatingValues(),
  );
  return {
    rejectedTotal: rejects.total,
    sheets: {
      summary: answer ? summaryTables(answer, request.unit) : null,
      chart: inputs.chart && answer ? { png: inputs.chart, title: request.chartTitle ?? 'Gráfico de la pantalla' } : null,
      metadata,
      sources,
      rejects: rejects.total > 0 ? rejects : null,
    },
  };
}
