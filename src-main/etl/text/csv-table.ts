import { EtlError } from '../etl-error';

/** One data line of a CSV file with the 1-based line where it starts, for lineage ("fila 12"). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly delimiter: ',' | ';' | '\t';
}

/**
 * Reads a CSV export (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF). The
 * delimiter is the one the header uses: datos.gov.co writes commas, a sheet re-saved by Excel in a
 * Spanish locale writes semicolons. Blank lines are skipped; the first non-blank line is the header.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows = splitRecords(text, delimiter);
  const nonBlank = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...records] = nonBlank;
  if (!header) throw new EtlError('empty-csv', 'El archivo CSV no tiene encabezado ni filas');
  return { header: header.cells.map((c) => c.trim()), records, delimiter };
}

function detectDelimiter(text: string): CsvTable['delimiter'] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => ({ d, n: outsideQuotes.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}

function splitRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (inQuotes) {
    throw new EtlError('bad-csv', `El CSV tiene comillas sin cerrar desde la fila ${recordLine}; el archivo parece incompleto`);
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}
