import type { CellValue } from '../../../src-shared/contract/data';
import type { Granularity } from '../../../src-shared/contract/filters';
import { numberFormats } from '../../datasets/columns';
import type { TableColumn } from '../sheet-table';

export const dimensionLabels: Readonly<Record<string, string>> = {
  department: 'Departamento',
  municipality: 'Municipio',
  operator: 'Operadora',
  field: 'Campo',
  contract: 'Contrato',
  regime: 'Régimen',
  productionType: 'Tipo de producción',
};

/** The period column of a series: real month dates, or plain years. */
export function periodColumn(granularity: Granularity): TableColumn {
  return granularity === 'month' ? { label: 'Periodo', type: 'month', format: numberFormats.month } : { label: 'Año', type: 'integer', format: numberFormats.plain };
}

export function periodValue(period: string, granularity: Granularity): CellValue {
  return granularity === 'month' ? period : Number(period);
}

export const shareColumn: TableColumn = { label: 'Participación', type: 'number', format: '0.0%' };

export function rangeText(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return from === to ? from : `${from} a ${to}`;
  return from ? `desde ${from}` : to ? `hasta ${to}` : 'todo el periodo cargado';
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
