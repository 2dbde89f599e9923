import type { KnownFailedFile } from '../../../src-shared/contract/refresh';
import type { RefreshSummary, SourceRefreshResult } from '../../etl/refresh/refresh-result';
import type { RefreshProgress } from '../../etl/refresh/source-progress';
import { formatCount } from '../format-es';

/**
 * What `caudal refresh` prints: on a terminal one progress line redrawn in place (step, file, bar,
 * bytes, time left); in a pipe or a log plain lines, only when a step starts or a download passes a
 * quarter, so logs stay readable. Each source ends with one summary line either way.
 */
export interface RefreshPrinter {
  progress(event: RefreshProgress): void;
  sourceDone(result: SourceRefreshResult): void;
  summary(summary: RefreshSummary): void;
}

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR_WIDTH = 20;
const CLEAR_LINE = '\r\x1b[2K';

export function createRefreshPrinter(out: Output, titles: ReadonlyMap<string, string>, width = 100): RefreshPrinter {
  const tty = out.isTTY === true;
  let lineShown = false;
  let lastQuarter = new Map<string, number>();
  const title = (sourceId: string) => titles.get(sourceId) ?? sourceId;
  const clear = () => {
    if (tty && lineShown) out.write(CLEAR_LINE);
    lineShown = false;
  };

  return {
    progress(event) {
      const text = describeProgress(event, title(event.sourceId));
      if (text === null || event.step === 'done' || event.step === 'failed' || event.step === 'cancelled') return;
      if (tty) {
        out.write(`${CLEAR_LINE}${fit(text, width)}`);
        lineShown = true;
        return;
      }
      if (event.receivedBytes !== undefined && event.receivedBytes !== null) {
        // Plain output: a download line at 25 %, 50 % and 75 %, not at every percent; pages need none.
        if (event.step !== 'download') return;
        const quarter = event.totalBytes ? Math.floor((event.receivedBytes / event.totalBytes) * 4) : -1;
        const key = `${event.sourceId}\u0000${event.file ?? ''}`;
        if (quarter <= 0 || quarter >= 4 || lastQuarter.get(key) === quarter) return;
        lastQuarter.set(key, quarter);
      } else if (!startsSomething(event)) {
        return;
      }
      out.write(`${text}\n`);
    },
    sourceDone(result) {
      clear();
      lastQuarter = new Map();
      out.write(`${describeResult(result)}\n`);
    },
    summary(summary) {
      clear();
      const count = (status: SourceRefreshResult['status']) => summary.sources.filter((s) => s.status === status).length;
      const failed = count('failed') + count('partial');
      const parts = [
        `${count('updated')} ${count('updated') === 1 ? 'actualizada' : 'actualizadas'}`,
        `${count('unchanged')} sin cambios`,
        `${failed} con error`,
        ...(count('cancelled') ? [`${count('cancelled')} ${count('cancelled') === 1 ? 'cancelada' : 'canceladas'}`] : []),
      ];
      out.write(`Resumen: ${parts.join(', ')} (ejecución #${summary.runId}).\n`);
    },
  };
}

/** A plain line is printed when a step starts (or, for `discover`, when it has found the files). */
function startsSomething(event: RefreshProgress): boolean {
  if (event.step === 'discover') return true;
  if (event.total === null) return true;
  return event.done < event.total || (event.step === 'load' && event.done === 0);
}

export function describeProgress(event: RefreshProgress, sourceTitle: string): string | null {
  const head = `[${sourceTitle}]`;
  const of = event.total !== null ? ` (${Math.min(event.done + 1, event.total)}/${event.total})` : '';
  switch (event.step) {
    case 'discover':
      if (event.receivedBytes !== undefined && event.receivedBytes !== null) return `${head} leyendo lo publicado… ${formatBytes(event.receivedBytes)}`;
      return `${head} ${event.done === 0 ? 'buscando archivos publicados…' : (event.message ?? 'archivos encontrados')}`;
    case 'download': {
      if (event.receivedBytes === undefined || event.receivedBytes === null) return `${head} descargando ${event.message ?? event.file ?? ''}${of}`;
      const total = event.totalBytes ?? null;
      const bar = total ? ` ${progressBar(event.receivedBytes / total)} ${Math.floor((event.receivedBytes * 100) / total)} %` : '';
      const size = total ? `${formatBytes(event.receivedBytes)} de ${formatBytes(total)}` : formatBytes(event.receivedBytes);
      const eta = event.etaSeconds ? `, faltan ~${formatSeconds(event.etaSeconds)}` : '';
      return `${head} descargando ${event.file ?? ''}${bar} ${size}${eta}`;
    }
    case 'parse':
      return `${head} procesando ${event.file ?? ''}${of}`;
    case 'load':
      return `${head} guardando ${event.total ?? ''} ${event.total === 1 ? 'archivo' : 'archivos'} en la base de datos…`;
    case 'done':
    case 'failed':
    case 'cancelled':
      return null;
  }
}

export function describeResult(result: SourceRefreshResult & { readonly knownFailedFiles?: readonly KnownFailedFile[] }): string {
  // What a source noticed in files it loaded anyway (repeated lines, totals that differ), as `import` prints it.
  const warnings = result.files.flatMap((f) => (f.status === 'loaded' ? f.warnings.map((w) => `    aviso: ${f.fileName}: ${w}`) : []));
  const line = [describeOwnResult(result), ...warnings].join('\n');
  const known = result.knownFailedFiles ?? [];
  if (known.length === 0) return line;
  // Files that failed before and are still served unchanged: named once more, not downloaded again.
  return `${line}\n${known.map((f) => `    ya conocido, no se descarga de nuevo: ${f.fileName} — ${f.message.split('\n')[0]}`).join('\n')}`;
}

function describeOwnResult(result: SourceRefreshResult): string {
  const loaded = result.files.flatMap((f) => (f.status === 'loaded' ? [f] : []));
  // Coverages like "Declaración 2025-2034, Resolución 00739 de 2025" carry their own commas.
  const separator = loaded.some((f) => f.coverage.includes(',')) ? '; ' : ', ';
  const coverage = loaded.length ? ` (${loaded.map((f) => f.coverage).join(separator)})` : '';
  const rows = `${formatCount(result.rowsLoaded)} filas cargadas, ${formatCount(result.rowsRejected)} rechazadas`;
  const kept = result.keptDataFrom ? ` Se conservan los datos cargados el ${formatDateTime(result.keptDataFrom)}.` : ' No había datos anteriores de esta fuente.';
  const newFiles = `${loaded.length} ${loaded.length === 1 ? 'archivo nuevo' : 'archivos nuevos'}${coverage}`;
  switch (result.status) {
    case 'updated':
      return `✔ ${result.title}: ${newFiles}, ${rows}`;
    case 'unchanged':
      return `= ${result.title}: sin cambios`;
    case 'partial':
      return `✘ ${result.title}: ${newFiles}, ${rows}; con errores:\n${indent(result.error?.message ?? '')}`;
    case 'failed':
      return `✘ ${result.title}: error: ${withFinalStop(result.error?.message ?? 'desconocido')}${kept}`;
    case 'cancelled':
      return `■ ${result.title}: cancelada.${kept}`;
  }
}

function progressBar(fraction: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(fraction * BAR_WIDTH)));
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}

const sizeFormat = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / 1024 / 1024)} MB`;
}

function formatSeconds(seconds: number): string {
  return seconds < 90 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`;
}

/** "30/11/2025 a las 14:05", in the analyst's time zone. */
function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('es-CO', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = date.toLocaleTimeString('es-CO', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day} a las ${time}`;
}

function withFinalStop(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
