import type { CellValue, DatasetColumn } from '../../src-shared/contract/data';
import { formatNumber, MISSING_VALUE } from '../format/number-format';
import { formatPeriodShort } from '../format/period-format';
import { unitLabel } from '../format/units';
import type { Language } from '../i18n/define-messages';
import { isPeriod } from '../../src-shared/domain/period';

/** A cell as the table shows it: es-CO numbers with the column's decimals, months in words. */
export function formatCell(value: CellValue, column: DatasetColumn, language: Language): string {
  if (value === null || value === '') return MISSING_VALUE;
  switch (column.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return String(value);
      const digits = column.type === 'integer' ? 0 : (column.decimals ?? 2);
      // A column whose Excel format has no thousands separator (years, codes: `0`) is not grouped.
      return column.format !== null && !column.format.includes(',') ? ungrouped(value, digits) : formatNumber(value, digits);
    }
    case 'month':
      return typeof value === 'string' && isPeriod(value) ? formatPeriodShort(value, language) : String(value);
    case 'date':
    case 'text':
      return String(value);
  }
}

function ungrouped(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** The header: the label in the page's language and the unit, `Volumen (MPC)`. */
export function columnHeader(column: DatasetColumn, language: Language): string {
  const label = language === 'es' ? column.label : column.labelEn;
  return column.unit ? `${label} (${unitLabel(column.unit)})` : label;
}

export function isNumericColumn(column: DatasetColumn): boolean {
  return column.type === 'number' || column.type === 'integer';
}
