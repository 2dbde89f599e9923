import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import type { CaudalApp } from '../../app/caudal-app';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';
import { formatCount } from '../format-es';

/** `caudal export`'s options as parsed by main (strings as typed, nothing validated yet). */
export interface ExportArgs {
  dataset?: string;
  format?: string;
  out?: string;
  filters?: string;
  unit?: string;
  separator?: string;
  decimal?: string;
  search?: string;
  summary?: string;
}

export interface ExportCliOptions {
  /** Cancels the export (the CLI wires Ctrl+C to it). */
  readonly signal?: AbortSignal;
  /** Where relative `--out` paths start. */
  readonly cwd?: string;
}

/**
 * `caudal export --dataset production --format xlsx --out informe.xlsx [--filters JSON] [--unit U]`:
 * the same `exports.create` command the app sends, through the same dispatcher, so the file is the
 * same. Progress goes to stderr (stdout gets only the result line); exit 2 for a wrong command line or
 * input, 1 when the export failed or was cancelled.
 */
export async function runExportCommand(app: CaudalApp, args: ExportArgs, io: CliIo, options: ExportCliOptions = {}): Promise<ExitCode> {
  const missing = (['dataset', 'format', 'out'] as const).filter((name) => !args[name]);
  if (missing.length > 0) {
    io.stderr.write(`Faltan opciones: ${missing.map((m) => `--${m}`).join(', ')}\nEjemplo: caudal export --dataset production --format xlsx --out informe.xlsx\n`);
    return exitCodes.usage;
  }
  const filters = parseJson('--filters', args.filters, io);
  const summary = parseJson('--summary', args.summary, io);
  if (filters === INVALID || summary === INVALID) return exitCodes.usage;

  const exportId = `cli-${randomBytes(6).toString('hex')}`;
  const input = {
    dataset: args.dataset,
    format: args.format,
    targetPath: resolve(options.cwd ?? process.cwd(), args.out!),
    exportId,
    ...(filters !== undefined ? { filters } : {}),
    ...(args.unit ? { unit: args.unit } : {}),
    ...(args.search ? { search: args.search } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(args.separator || args.decimal ? { csv: { ...(args.separator ? { separator: args.separator } : {}), ...(args.decimal ? { decimal: args.decimal } : {}) } } : {}),
  };

  const printer = createProgressPrinter(io.stderr);
  const unsubscribe = app.events.subscribe((name, payload) => {
    if (name === 'exports.progress' && (payload as ExportProgress).exportId === exportId) printer(payload as ExportProgress);
  });
  const cancel = () => void app.dispatcher.dispatch('exports.cancel', { exportId }, 'in-process');
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    // In process: the file goes where the person at the terminal said, like any program they run.
    const result = await app.dispatcher.dispatch('exports.create', input, 'in-process');
    if (!result.ok) {
      io.stderr.write(`\nNo se exportó: ${result.error.message}\n`);
      for (const issue of result.error.issues ?? []) if (issue.path) io.stderr.write(`  ${issue.path}: ${issue.message}\n`);
      return result.error.code === 'validation' ? exitCodes.usage : exitCodes.failed;
    }
    const data = result.data as { path: string; rows: number; bytes: number; sheets: string[] };
    io.stdout.write(`${data.path}\n`);
    io.stderr.write(`Exportadas ${formatCount(data.rows)} filas (${fileSize(data.bytes)})${data.sheets.length ? ` en las hojas: ${data.sheets.join(', ')}` : ''}\n`);
    return exitCodes.ok;
  } finally {
    unsubscribe();
    options.signal?.removeEventListener('abort', cancel);
  }
}

const INVALID = Symbol('invalid');

const sizeFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** `850 bytes`, `12,4 KB`, `71,3 MB`. */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

function parseJson(option: string, text: string | undefined, io: CliIo): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    io.stderr.write(`${option} no es JSON válido: ${text.slice(0, 200)}\nEjemplo: --filters '{"from":"2024-01","to":"2024-12","departments":["85"]}'\n`);
    return INVALID;
  }
}

/** On a terminal one line redrawn in place; in a log a line per phase and per tenth of the rows. */
function createProgressPrinter(err: CliIo['stderr'] & { isTTY?: boolean }): (progress: ExportProgress) => void {
  const tty = err.isTTY === true;
  let lastTenth = -1;
  return (p) => {
    const percent = p.rowsTotal > 0 ? Math.floor((p.rowsDone / p.rowsTotal) * 100) : 0;
    const eta = p.etaSeconds !== null && p.phase === 'rows' ? `, faltan ~${Math.ceil(p.etaSeconds)} s` : '';
    const text =
      p.phase === 'rows'
        ? `Exportando ${formatCount(p.rowsDone)} de ${formatCount(p.rowsTotal)} filas (${percent} %)${eta}`
        : p.phase === 'sheets'
          ? `Escribiendo la hoja ${p.sheet ?? ''}`
          : p.phase === 'preparing'
            ? 'Preparando la exportación…'
            : p.phase === 'finishing'
              ? 'Terminando el archivo…'
              : null;
    if (text === null) return;
    if (tty) {
      err.write(`\r\x1b[2K${text}`);
      return;
    }
    if (p.phase === 'rows') {
      const tenth = Math.floor(percent / 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
    }
    err.write(`${text}\n`);
  };
}

/** What `main` calls: Ctrl+C cancels the export, and no partial file is left behind. */
export async function runExportCli(app: CaudalApp, args: ExportArgs, io: CliIo): Promise<ExitCode> {
  const controller = new AbortController();
  const cancel = () => {
    io.stderr.write('\nCancelando la exportación…\n');
    controller.abort();
  };
  process.once('SIGINT', cancel);
  try {
    return await runExportCommand(app, args, io, { signal: controller.signal });
  } finally {
    process.off('SIGINT', cancel);
  }
}
