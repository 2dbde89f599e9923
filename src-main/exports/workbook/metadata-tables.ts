import type { CellValue } from '../../../src-shared/contract/data';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF } from '../../../src-shared/contract/declaration';
import { CUBIC_FEET_PER_MPC, CUBIC_METRES_PER_CUBIC_FOOT, KPC_PER_MPC } from '../../../src-shared/domain/units';
import { unitLabel } from '../../datasets/columns';
import { numberCol, textCol, type SheetTable } from '../sheet-table';
import type { HeatingValueUse } from './row-observer';

export interface ExportDescription {
  readonly datasetTitle: string;
  readonly generatedAt: Date;
  readonly version: string;
  readonly format: string;
  readonly unit: string;
  readonly rows: number;
  readonly sort: string;
  readonly search: string | undefined;
  readonly filters: ReadonlyArray<readonly [string, string]>;
  readonly ignoredFilters: readonly string[];
  readonly facts: ReadonlyArray<{ label: string; value: string }>;
  readonly summary: string;
  readonly chart: boolean;
  readonly sourceFiles: number;
  readonly rejectedRows: { total: number; shown: number };
}

const unitNames: Readonly<Record<string, string>> = {
  MPC: 'millones de pies cúbicos',
  KPC: 'miles de pies cúbicos',
  m3: 'metros cúbicos',
  MPCD: 'millones de pies cúbicos por día',
  KPCD: 'miles de pies cúbicos por día',
  'm3/d': 'metros cúbicos por día',
  GBTUD: 'miles de millones de BTU por día',
};

/** `2026-01-15 07:30:00 (UTC−05:00)`: the analyst's local time, with its offset, since Excel has no time zones. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  return `${local} (UTC${offset < 0 ? '−' : '+'}${pad(offset / 60)}:${pad(offset % 60)})`;
}

/** The "Filtros y metadatos" sheet: what was exported, how, with which filters, units and factors. */
export function metadataTables(d: ExportDescription, heatingValues: readonly HeatingValueUse[]): SheetTable[] {
  const general: Array<[string, CellValue]> = [
    ['Conjunto de datos', d.datasetTitle],
    ['Generado', localTimestamp(d.generatedAt)],
    ['Versión de Caudal', d.version],
    ['Formato', d.format],
    ['Filas exportadas', d.rows],
    ['Unidad', `${unitLabel(d.unit)} (${unitNames[d.unit] ?? d.unit})`],
    ['Orden', d.sort],
    ['Búsqueda', d.search?.trim() ? d.search : '(ninguna)'],
    ['Resumen', d.summary],
    ['Gráfico', d.chart ? 'Incluido en la hoja Resumen' : 'No incluido'],
    ['Archivos de origen', d.sourceFiles],
    ['Filas rechazadas de esos archivos', d.rejectedRows.total > d.rejectedRows.shown ? `${d.rejectedRows.total} (se listan las primeras ${d.rejectedRows.shown})` : d.rejectedRows.total],
    ...d.facts.map((f): [string, CellValue] => [f.label, f.value]),
  ];
  const tables: SheetTable[] = [
    { title: 'Exportación', columns: [textCol('Concepto'), textCol('Valor')], rows: general },
    {
      title: 'Filtros aplicados',
      columns: [textCol('Filtro'), textCol('Valor')],
      rows: d.filters.map(([label, value]) => [label, value]),
      notes: d.ignoredFilters.length ? [`No aplican a este conjunto de datos y no se usaron: ${d.ignoredFilters.join(', ')}.`] : [],
    },
    {
      title: 'Unidades y factores de conversión',
      columns: [textCol('Conversión'), numberCol('Factor', 'General'), textCol('Nota')],
      rows: [
        ['KPC por MPC', KPC_PER_MPC, 'Volúmenes: 1 MPC = 1.000 KPC'],
        ['Pies cúbicos por MPC', CUBIC_FEET_PER_MPC, '1 MPC = un millón de pies cúbicos'],
        ['Metros cúbicos por pie cúbico', CUBIC_METRES_PER_CUBIC_FOOT, 'm³ = MPC × 1.000.000 × 0,0283168'],
        ['Poder calorífico por omisión (BTU/PC)', DEFAULT_HEATING_VALUE_BTU_PER_CF, 'Cuando un campo no declara el suyo'],
      ],
      notes: [
        'Tasa diaria (MPCD, KPCD, m³/d) = volumen del mes ÷ días calendario del mes; un año promedia sus días.',
        'GBTUD = MPCD × poder calorífico (BTU/PC) ÷ 1000, y MPCD = GBTUD × 1000 ÷ poder calorífico.',
      ],
    },
  ];
  if (heatingValues.length) {
    tables.push({
      title: 'Poder calorífico usado por campo',
      columns: [textCol('Campo'), numberCol('Poder calorífico (BTU/PC)'), textCol('Origen')],
      rows: heatingValues.map((h) => [h.field, h.btuPerCf, h.basis]),
    });
  }
  return tables;
}
