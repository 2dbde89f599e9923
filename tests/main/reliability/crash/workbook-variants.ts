import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildAnhWorkbook, fieldRow, type MonthlySheetSpec } from '../../../support/anh-workbook-fixture';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** An ANH yearly workbook (12 months × `lines` fields), big enough that a load takes a while. */
export function baseYearWorkbook(year: number, lines: number): Promise<Uint8Array> {
  const sheets: MonthlySheetSpec[] = MONTHS.map((name, i) => ({
    kind: 'monthly',
    name: `${name}-${String(year).slice(2)}`,
    year,
    month: i + 1,
    rows: Array.from({ length: lines }, (_, n) =>
      fieldRow(`CAMPO ${String(n + 1).padStart(3, '0')}`, 100 + n + i / 10, { department: n % 2 ? 'CASANARE' : 'META', municipality: `MUNICIPIO ${n % 17}`, operator: `OPERADORA ${n % 23}` }),
    ),
  }));
  return buildAnhWorkbook(sheets);
}

/**
 * The same workbook with the first field's fiscalized volume set to `n` in every month: each variant is
 * a new file (new sha256) whose rows differ from the others', so a load of variant n replaces the year.
 */
export function workbookVariant(base: Uint8Array, n: number): Uint8Array {
  const entries = unzipSync(base);
  for (const [name, content] of Object.entries(entries)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    // exceljs writes the first data line's PRODUCCION FISCALIZADA (column H, row 8) as <c r="H8" …><v>…</v></c>.
    const xml = strFromU8(content).replace(/(<c r="H8"[^>]*>(?:<f>[^<]*<\/f>)?<v>)[^<]*(<\/v>)/, `$1${1000 + n}$2`);
    entries[name] = strToU8(xml);
  }
  return zipSync(entries);
}
