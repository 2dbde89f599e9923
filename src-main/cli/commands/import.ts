import { basename } from 'node:path';
import { CaudalError, type CommandOutput } from '../../../src-shared/contract';
import type { SheetReconciliation } from '../../../src-shared/contract/sources';
import type { CaudalApp } from '../../app/caudal-app';
import type { FileImportOutcome } from '../../etl/import/import-files';
import { formatMpc, formatCount } from '../format-es';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export interface ImportArgs {
  paths: string[];
  json: boolean;
}

/**
 * `caudal import <archivo o carpeta>…`: loads files recognised by content and prints a summary per file.
 * It goes through the app's RefreshService like the app's own import (one run at a time, recorded in the
 * history); `--json` prints exactly what `import.files` answers the app.
 */
export async function runImport(app: CaudalApp, args: ImportArgs, io: CliIo): Promise<ExitCode> {
  if (args.paths.length === 0) {
    io.stderr.write('Indique al menos un archivo o carpeta: caudal import <archivo o carpeta>…\n');
    return exitCodes.usage;
  }
  let summary: CommandOutput<'import.files'>;
  try {
    summary = await app.refresh.importFiles({
      paths: args.paths,
      trigger: 'cli-import',
      onFile: args.json ? undefined : (outcome) => io.stdout.write(describeOutcome(outcome)),
    });
  } catch (error) {
    io.stderr.write(`${error instanceof CaudalError || error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failed;
  }
  if (args.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout.write(describeTotals(summary));
  return summary.ok ? exitCodes.ok : exitCodes.failed;
}

export function describeOutcome(o: FileImportOutcome): string {
  const name = basename(o.path);
  switch (o.status) {
    case 'loaded': {
      const monthly = o.reconciliations.filter((r) => r.kind === 'monthly-total');
      const reconciled = monthly.filter((r) => r.status === 'reconciled').length;
      // Only sources whose sheets carry their own TOTAL (ANH) have a reconciliation to report.
      const totals = monthly.length > 0 ? `; hojas mensuales conciliadas con su TOTAL: ${reconciled}/${monthly.length}` : '';
      const lines = [
        `✔ ${name} — ${o.sourceTitle} ${o.coverage}: ${formatCount(o.rowsLoaded)} filas cargadas, ${formatCount(o.rowsRejected)} rechazadas${totals}`,
        ...monthly.filter((r) => r.status !== 'reconciled').map(describeReconciliation),
        ...crossCheckLines(o.reconciliations),
        ...(o.supersededFileIds.length ? [`    reemplaza el archivo anterior de ${o.coverage}`] : []),
        ...o.warnings.map((w) => `    aviso: ${w}`),
      ];
      return `${lines.join('\n')}\n`;
    }
    case 'unchanged':
      return `= ${name} — ${o.note}\n`;
    case 'unknown':
      return `? ${name} — no reconocido: ${o.reason}\n`;
    case 'failed':
      return `✘ ${name} — error: ${o.message}\n`;
  }
}

function describeReconciliation(r: SheetReconciliation): string {
  const where = `${r.sheet}${r.period ? ` (${r.period})` : ''}`;
  if (r.status === 'no-total') return `    · ${where}: la hoja no trae fila TOTAL; se cargaron ${formatCount(r.dataRows)} filas (${formatMpc(r.dataTotalMpc)})`;
  const diff = r.differenceMpc === null ? '' : `, diferencia ${formatMpc(r.differenceMpc)}`;
  return `    ✘ ${where}: no concilia${diff}${r.cause ? ` — ${r.cause}` : ''}`;
}

function crossCheckLines(reconciliations: SheetReconciliation[]): string[] {
  const cross = reconciliations.filter((r) => r.kind === 'summary-vs-monthly');
  if (cross.length === 0) return [];
  const off = cross.filter((r) => r.status === 'not-reconciled');
  const head = `    resumen (MPCPD) vs hojas mensuales: ${cross.length - off.length}/${cross.length} meses coinciden`;
  return [head, ...off.map((r) => `      · ${r.period ?? r.sheet}: diferencia ${formatMpc(r.differenceMpc ?? 0)}${r.cause ? ` — ${r.cause}` : ''}`)];
}

function describeTotals(summary: CommandOutput<'import.files'>): string {
  const { totals } = summary;
  return (
    `Resumen: ${totals.loaded} cargados, ${totals.unchanged} sin cambios, ${totals.unknown} no reconocidos, ${totals.failed} con error; ` +
    `${formatCount(totals.rowsLoaded)} filas nuevas (ejecución #${summary.runId}).\n`
  );
}
