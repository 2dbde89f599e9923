import type { RunNotice, RunSourceOutcome, RunStatus } from '../../../src-shared/contract/refresh';
import { summaryLine } from '../refresh/run-refresh';
import type { GuardedSourceResult } from '../worker/etl-job';
import { knownFailuresNote } from '../worker/source-guard';

/**
 * Pure: the Spanish texts a finished run leaves behind — each source's line for `refresh.state`, and
 * the system notification (what changed: new periods, rows added, errors). Short enough for a toast.
 */

const count = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

export function sourceOutcome(result: GuardedSourceResult, newPeriod: string | null): RunSourceOutcome {
  const line = summaryLine(result);
  return {
    sourceId: result.sourceId,
    title: result.title,
    status: result.status,
    filesLoaded: result.files.filter((f) => f.status === 'loaded').length,
    rowsLoaded: result.rowsLoaded,
    rowsRejected: result.rowsRejected,
    newPeriod,
    message: result.knownFailedFiles.length > 0 ? `${line}; ${knownFailuresNote(result.knownFailedFiles)}` : line,
    knownFailedFiles: result.knownFailedFiles.length,
  };
}

export function refreshNotice(status: RunStatus, results: readonly GuardedSourceResult[], outcomes: readonly RunSourceOutcome[]): RunNotice {
  const offline = results.filter((r) => r.error?.code === 'offline');
  const succeeded = results.filter((r) => r.status === 'updated' || r.status === 'unchanged' || r.status === 'partial');
  if (status !== 'cancelled' && offline.length > 0 && succeeded.length === 0 && offline.length === results.length) {
    const message = offline.length === 1 ? offline[0]!.error!.message : 'No se pudo llegar a ninguna fuente; se conservan los datos ya cargados.';
    return { title: 'Sin conexión', body: `${message}\nCaudal volverá a intentarlo más tarde.` };
  }

  const lines: string[] = [];
  const unchanged: string[] = [];
  for (const outcome of outcomes) {
    switch (outcome.status) {
      case 'updated':
      case 'partial': {
        const period = outcome.newPeriod ? `nuevo periodo ${outcome.newPeriod}; ` : '';
        const errors = outcome.status === 'partial' ? '; con errores en algunos archivos' : '';
        lines.push(`${outcome.title}: ${period}${count.format(outcome.rowsLoaded)} filas nuevas${errors}`);
        break;
      }
      case 'unchanged':
        unchanged.push(outcome.title);
        break;
      case 'failed':
        lines.push(`${outcome.title}: ${shorten(outcome.message)}`);
        break;
      case 'cancelled':
        lines.push(`${outcome.title}: cancelada (conserva sus datos anteriores)`);
        break;
    }
  }
  if (unchanged.length > 0) lines.push(unchanged.length === outcomes.length ? 'No hay datos nuevos en ninguna fuente.' : `Sin cambios: ${unchanged.join(', ')}`);
  return { title: refreshTitle(status, outcomes), body: lines.join('\n') };
}

function refreshTitle(status: RunStatus, outcomes: readonly RunSourceOutcome[]): string {
  switch (status) {
    case 'cancelled':
      return 'Actualización cancelada';
    case 'failed':
      return 'La actualización falló';
    case 'partial':
      return 'Actualización con errores';
    case 'ok':
      return outcomes.some((o) => o.status === 'updated') ? 'Datos actualizados' : 'Sin cambios';
  }
}

export interface ImportCounts {
  readonly loaded: number;
  readonly unchanged: number;
  readonly unknown: number;
  readonly failed: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
}

export function importNotice(counts: ImportCounts): RunNotice {
  const problems = counts.unknown + counts.failed;
  const title = problems === 0 ? 'Importación terminada' : counts.loaded + counts.unchanged > 0 ? 'Importación con errores' : 'No se importó ningún archivo';
  return { title, body: importSummaryLine(counts) };
}

/** "2 archivos cargados (1.234 filas, 5 rechazadas), 1 sin cambios, 1 no reconocido, 0 con error." */
export function importSummaryLine(counts: ImportCounts): string {
  const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`;
  const loaded = `${plural(counts.loaded, 'archivo cargado', 'archivos cargados')} (${plural(counts.rowsLoaded, 'fila', 'filas')}, ${plural(counts.rowsRejected, 'rechazada', 'rechazadas')})`;
  return `${loaded}, ${count.format(counts.unchanged)} sin cambios, ${plural(counts.unknown, 'no reconocido', 'no reconocidos')}, ${count.format(counts.failed)} con error.`;
}

function shorten(text: string, max = 160): string {
  const firstLine = text.split('\n')[0] ?? '';
  return firstLine.length <= max ? firstLine : `${firstLine.slice(0, max - 1)}…`;
}
