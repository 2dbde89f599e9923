import type { BenchResult } from './bench-types';
import { formatBench } from './stats';

/** The results as a plain-text table (monospace, fits 160 columns), grouped in the order they ran. */
export function formatResultsTable(results: readonly BenchResult[]): string {
  const header = ['Banco', 'Caso', 'Mediana ms', 'p95 ms', 'Valor', 'Meta', 'OK'];
  const rows = results.map((r) => [
    r.group,
    r.name,
    r.medianMs == null ? '' : formatBench.ms(r.medianMs),
    r.p95Ms == null ? '' : formatBench.ms(r.p95Ms),
    r.value ?? '',
    r.target ?? '',
    r.pass == null ? '' : r.pass ? 'sí' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const numeric = new Set([2, 3]);
  const line = (cells: readonly string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  let group: string | null = null;
  for (const [i, row] of rows.entries()) {
    if (group !== null && results[i]!.group !== group) out.push('');
    group = results[i]!.group;
    out.push(line(row));
  }
  const notes = results.filter((r) => r.note).map((r) => `  · ${r.group} / ${r.name}: ${r.note}`);
  if (notes.length) out.push('', 'Notas:', ...notes);
  const withTarget = results.filter((r) => r.pass != null);
  if (withTarget.length) out.push('', `Metas cumplidas: ${withTarget.filter((r) => r.pass).length} de ${withTarget.length}`);
  return out.join('\n');
}
