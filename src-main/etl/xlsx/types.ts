/** What a cell holds after reading: dates are UTC `Date`s, errors (`#N/A`, `#DIV/0!`…) are `null`. */
export type CellValue = string | number | boolean | Date | null;

/** Marks a cell whose formula is shared with others (`<f t="shared" si="…">`); Excel stores it once. */
export interface SharedFormulaMark {
  /** The `si` group index. */
  readonly groupIndex: number;
  /** The cell that stores the formula text for the whole group, e.g. "H240". */
  readonly masterRef: string;
}

export interface Cell {
  /** A1 reference, e.g. "C12". */
  readonly ref: string;
  /** 1-based Excel row number. */
  readonly row: number;
  /** 1-based column number (A = 1). */
  readonly column: number;
  /** The value, or for a formula cell the value Excel cached when it last calculated. */
  readonly value: CellValue;
  /**
   * The formula without its leading `=`, or null. For a shared-formula cell this is the master's text
   * slid to this cell (as Excel shows it: `SUM(I8:I299)` next to a master `SUM(H8:H299)`).
   */
  readonly formula: string | null;
  readonly sharedFormula: SharedFormulaMark | null;
  /** Excel error code such as `#REF!` when the cell holds an error (then `value` is null). */
  readonly error: string | null;
}

export interface SheetRow {
  /** 1-based Excel row number; rows without any value are not listed, so numbers can jump. */
  readonly rowNumber: number;
  /** The cells that hold a value, a formula or an error, in column order. */
  readonly cells: readonly Cell[];
  cell(column: number): Cell | undefined;
}

/** A rectangular range such as a merged area, 1-based and inclusive. */
export interface CellRange {
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Worksheet {
  readonly name: string;
  /** Non-empty rows in ascending row order. */
  readonly rows: readonly SheetRow[];
  /** Merged areas; only their top-left cell holds the value (as in the file). */
  readonly merges: readonly CellRange[];
  /** Highest row and column that hold a cell (0 for an empty sheet). */
  readonly lastRow: number;
  readonly lastColumn: number;
  row(rowNumber: number): SheetRow | undefined;
  cellAt(rowNumber: number, column: number): Cell | undefined;
  /** Looks a cell up by A1 reference ("C12"). */
  cell(ref: string): Cell | undefined;
}

export type SheetKind = 'worksheet' | 'chartsheet' | 'other';
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  readonly name: string;
  readonly kind: SheetKind;
  readonly visibility: SheetVisibility;
  /** Zip path of the sheet part, resolved through the workbook relationships. */
  readonly partPath: string | null;
}

export interface Workbook {
  /** Sheet names in workbook (tab) order. */
  readonly sheetNames: readonly string[];
  readonly sheets: readonly SheetInfo[];
  /** True when the workbook counts dates from 1904 (old Mac Excel). */
  readonly date1904: boolean;
  /** Parses the sheet on first use and caches it. Throws `WorkbookReadError` ('sheet-not-found'). */
  sheet(name: string): Worksheet;
}

export interface ReadWorkbookOptions {
  /** Largest uncompressed size accepted for one part (a sheet's XML). Default 32 MB. */
  readonly maxPartBytes?: number;
  /** Largest uncompressed size accepted for all the parts read together. Default 128 MB. */
  readonly maxTotalBytes?: number;
}
