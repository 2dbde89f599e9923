import { daysInMonth } from '../../src-shared/domain/period';
import {
  buildAnhWorkbook,
  departmentFirstColumns,
  fieldFirstColumns,
  fieldRow,
  type FixtureSheetSpec,
  type MonthlySheetSpec,
} from '../../tests/support/anh-workbook-fixture';
import { createPrng } from './scale-database/prng';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const SUMMARY_MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'JuLio', 'Agosto', 'SEP', 'OCT', 'NOV', 'DIC'];
/** Departments as ANH writes them, with a drifting spelling or two. */
const DEPARTMENTS = ['CASANARE', 'LA GUAJIRA', 'GUAJIRA', 'CORDOBA', 'SUCRE', 'META', 'SANTANDER', 'BOLIVAR', 'CESAR', 'ARAUCA', 'NORTE DE SANTANDER', 'HUILA', 'TOLIMA', 'BOYACA', 'BOYACÁ', 'PUTUMAYO'];

/**
 * An ANH yearly gas workbook of the real files' size (about 280 field lines in each of the twelve
 * monthly sheets plus the summary sheet), written by the test fixture builder with invented fields,
 * operators and numbers. Column orders alternate as they do across ANH's years.
 */
export async function syntheticAnhYear(year: number, linesPerMonth = 280): Promise<Uint8Array> {
  const prng = createPrng(year);
  const lines = Array.from({ length: linesPerMonth }, (_, i) => ({
    field: `CAMPO ${String(i + 1).padStart(3, '0')}`,
    contract: `CONTRATO ${String((i % 190) + 1).padStart(3, '0')}`,
    operator: `OPERADORA ${String((i * 7) % 60).padStart(2, '0')} S.A.S.`,
    department: DEPARTMENTS[i % DEPARTMENTS.length]!,
    municipality: `MUNICIPIO ${(i % 95) + 1}`,
    scale: 4000 / Math.pow(i + 1, 0.8),
  }));
  const sheets: FixtureSheetSpec[] = [];
  const rates = lines.map(() => [] as number[]);
  for (let month = 1; month <= 12; month++) {
    const rows = lines.map((line, i) => {
      const volume = Math.round(line.scale * (0.85 + prng.next() * 0.3) * 100) / 100;
      rates[i]!.push(Math.round((volume / daysInMonth(year, month)) * 1000) / 1000);
      return fieldRow(line.field, volume, { contract: line.contract, operator: line.operator, department: line.department, municipality: line.municipality });
    });
    const sheet: MonthlySheetSpec = {
      kind: 'monthly',
      name: `${MONTHS[month - 1]}-${String(year).slice(2)}`,
      year,
      month,
      rows,
      columns: (year + month) % 2 === 0 ? departmentFirstColumns : fieldFirstColumns,
    };
    sheets.push(sheet);
  }
  const summary: FixtureSheetSpec = {
    kind: 'summary',
    name: 'Campos Mpcpd',
    year,
    months: SUMMARY_MONTHS,
    fields: lines.map((line, i) => ({ field: line.field, contract: line.contract, operator: line.operator, department: line.department, municipality: line.municipality, rates: rates[i]! })),
  };
  return buildAnhWorkbook([summary, ...sheets]);
}
