import type { DatasetColumn } from '../../src-shared/contract/data';

/**
 * Column descriptors shared by the datasets. Formats are Excel codes: Excel and LibreOffice show them
 * with the reader's separators, so `#,##0.00` reads 1.234,56 on a Spanish machine.
 */
export const numberFormats = {
  decimal: '#,##0.00',
  precise: '#,##0.0000',
  count: '#,##0',
  /** Years and row numbers: no thousands separator ("2024", not "2.024"). */
  plain: '0',
  month: 'mmm-yyyy',
  date: 'dd/mm/yyyy',
} as const;

const base = { sortable: true, searchable: false, lineage: false } as const;

export function textColumn(id: string, label: string, labelEn: string, options: { searchable?: boolean; lineage?: boolean } = {}): DatasetColumn {
  return { ...base, id, label, labelEn, type: 'text', unit: null, format: null, decimals: null, searchable: options.searchable ?? true, lineage: options.lineage ?? false };
}

export function monthColumn(id = 'period', label = 'Periodo', labelEn = 'Period'): DatasetColumn {
  return { ...base, id, label, labelEn, type: 'month', unit: null, format: numberFormats.month, decimals: null };
}

export function yearColumn(): DatasetColumn {
  return { ...base, id: 'year', label: 'Año', labelEn: 'Year', type: 'integer', unit: null, format: numberFormats.plain, decimals: 0 };
}

export function numberColumn(id: string, label: string, labelEn: string, unit: string | null, decimals = 2): DatasetColumn {
  const format = decimals === 0 ? numberFormats.count : decimals > 2 ? numberFormats.precise : numberFormats.decimal;
  return { ...base, id, label, labelEn, type: 'number', unit, format, decimals };
}

/** Where the row was read: the file, the sheet and the Excel row (lineage shown on demand). */
export function lineageColumns(): DatasetColumn[] {
  return [
    textColumn('sourceFile', 'Archivo fuente', 'Source file', { lineage: true }),
    textColumn('sheet', 'Hoja', 'Sheet', { searchable: false, lineage: true }),
    { ...base, id: 'sourceRow', label: 'Fila', labelEn: 'Row', type: 'integer', unit: null, format: numberFormats.plain, decimals: 0, lineage: true },
  ];
}

/** How a unit is written in headers: `m3/d` → `m³/d`. */
export function unitLabel(unit: string): string {
  return unit.replace(/^m3/, 'm³');
}

/** Where a fact was: the department and municipality, each by DIVIPOLA code and by name. */
export function territoryColumns(): DatasetColumn[] {
  return [
    textColumn('departmentCode', 'Código departamento', 'Department code', { searchable: false }),
    textColumn('department', 'Departamento', 'Department'),
    textColumn('municipalityCode', 'Código municipio', 'Municipality code', { searchable: false }),
    textColumn('municipality', 'Municipio', 'Municipality'),
  ];
}
