import { toPeriod } from '../../../../../src-shared/domain/period';
import type { TabularRecord } from '../../../text/tabular-records';
import type { RoyaltyRow } from '../types';

/** A settlement published again with every column the same as an earlier one. */
export interface IdenticalSettlement {
  readonly row: RoyaltyRow;
  /** Where the same settlement first appears (CSV line or position in the JSON list). */
  readonly firstRow: number;
}

/** Enough rows named for the analyst to find them in the dataset; the count says how many in all. */
const MAX_EXAMPLES = 5;

const copFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

/**
 * Gas settlements whose every published column equals an earlier one's. Rows that differ in anything,
 * even only in `regimenreg` or in the amount (Socrata's adjustments for a field and month), are distinct
 * settlements and never reach this list. Socrata omits null fields, so an absent key, null and empty
 * text read alike.
 */
export function findIdenticalSettlements(loaded: ReadonlyArray<{ readonly record: TabularRecord; readonly row: RoyaltyRow }>): IdenticalSettlement[] {
  const firstRowOf = new Map<string, number>();
  const identical: IdenticalSettlement[] = [];
  for (const { record, row } of loaded) {
    const content = contentKey(record);
    const firstRow = firstRowOf.get(content);
    if (firstRow === undefined) firstRowOf.set(content, row.row);
    else identical.push({ row, firstRow });
  }
  return identical;
}

/**
 * One warning for all of them, with their sum and a few examples. They are all loaded: the dataset
 * has no settlement id to tell a double publication from two settlements that happen to match, and
 * the analyst checks Caudal's totals against datos.gov.co's, which add up every row it publishes.
 */
export function describeIdenticalSettlements(identical: readonly IdenticalSettlement[]): string | null {
  if (identical.length === 0) return null;
  if (identical.length === 1) {
    const only = identical[0] as IdenticalSettlement;
    return (
      `La liquidación de la fila ${only.row.row} es idéntica en todas sus columnas a la de la fila ${only.firstRow} (${describeSettlement(only.row)}). ` +
      'Se cargan las dos, como las suma datos.gov.co; si es un error del publicador, esas regalías quedan contadas dos veces.'
    );
  }
  const totalCop = identical.reduce((sum, settlement) => sum + settlement.row.royaltiesCop, 0);
  const examples = identical.slice(0, MAX_EXAMPLES).map((s) => `la fila ${s.row.row} repite la ${s.firstRow} (${describeSettlement(s.row)})`);
  const more = identical.length > MAX_EXAMPLES ? ` y ${identical.length - MAX_EXAMPLES} más` : '';
  return (
    `${identical.length} liquidaciones son idénticas en todas sus columnas a otra anterior (suman ${copFormat.format(totalCop)} COP): ${examples.join('; ')}${more}. ` +
    'Se cargan todas, como las suma datos.gov.co; si son errores del publicador, esas regalías quedan contadas dos veces.'
  );
}

function contentKey(record: TabularRecord): string {
  const cells = Object.entries(record.cells)
    .map(([header, value]) => [header, value === null || value === undefined ? '' : String(value).trim()] as const)
    .filter(([, text]) => text !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(cells);
}

function describeSettlement(row: RoyaltyRow): string {
  const regime = row.regime === null ? '' : `, ${row.regime}`;
  return `${row.field}, ${toPeriod(row.year, row.month)}${regime}, ${copFormat.format(row.royaltiesCop)} COP`;
}
