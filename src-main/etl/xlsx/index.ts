export { readWorkbook, DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_TOTAL_BYTES } from './read-workbook';
export { WorkbookReadError, invalidWorkbookMessage, type WorkbookReadErrorCode } from './workbook-read-error';
export { cellText, isBlankCell, valueText } from './cell-values';
export { cellRef, columnLetters, columnNumber, parseCellRef, parseRange } from './cell-ref';
export { excelSerialToDate, dateToExcelSerial } from './excel-date';
export type {
  Cell,
  CellRange,
  CellValue,
  ReadWorkbookOptions,
  SharedFormulaMark,
  SheetInfo,
  SheetKind,
  SheetRow,
  SheetVisibility,
  Workbook,
  Worksheet,
} from './types';
