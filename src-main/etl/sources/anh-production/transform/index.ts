export { parseAnhProductionWorkbook } from './parse-workbook';
export { looksLikeAnhProductionWorkbook } from './detect-workbook';
export { AnhWorkbookError, type AnhWorkbookErrorCode } from './anh-workbook-error';
export { MONTHLY_TOTAL_TOLERANCE_MPC } from './reconcile-monthly-total';
export { summaryToleranceMpc } from './cross-check-summary';
