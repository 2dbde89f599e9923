import { productionMeasures, type ProductionMeasure } from '../../../../../src-shared/domain/production-measures';
import { foldHeader } from '../../../text/fold-text';

/** The descriptive columns of ANH's sheets; the monthly sheets add AÑO and MES. */
export type IdentityColumn = 'field' | 'contract' | 'operator' | 'department' | 'municipality';
export type MonthlyColumn = 'year' | 'month' | IdentityColumn | ProductionMeasure;

/**
 * Folded header spellings per column (see `foldHeader`: no accents, upper case, single spaces, no `*`).
 * EMPRESA, OPERADOR and OPERADORA are the same column under the names different years use.
 */
const IDENTITY_HEADERS: Readonly<Record<IdentityColumn, readonly string[]>> = {
  field: ['CAMPO', 'NOMBRE CAMPO', 'NOMBRE DEL CAMPO'],
  contract: ['CONTRATO', 'NOMBRE CONTRATO', 'NOMBRE DEL CONTRATO'],
  operator: ['EMPRESA', 'OPERADOR', 'OPERADORA', 'EMPRESA OPERADORA', 'COMPANIA OPERADORA'],
  department: ['DEPARTAMENTO', 'DEPTO', 'DPTO'],
  municipality: ['MUNICIPIO'],
};

const PERIOD_HEADERS: Readonly<Record<'year' | 'month', readonly string[]>> = {
  year: ['ANO', 'ANIO', 'YEAR'],
  month: ['MES'],
};

/** Spellings besides the one in `productionMeasures` (ANH writes "GASEODUCTOS"; a fix would not break us). */
const MEASURE_ALIASES: Readonly<Partial<Record<ProductionMeasure, readonly string[]>>> = {
  entregadoGasoductos: ['ENTREGADO A GASODUCTOS', 'ENTREGADO GASODUCTOS'],
  consumoCampo: ['CONSUMO CAMPO'],
  enviadoPlanta: ['ENVIADO PLANTA'],
};

const MONTHLY_HEADERS: ReadonlyArray<readonly [MonthlyColumn, readonly string[]]> = [
  ...(Object.entries(PERIOD_HEADERS) as [MonthlyColumn, readonly string[]][]),
  ...(Object.entries(IDENTITY_HEADERS) as [MonthlyColumn, readonly string[]][]),
  ...productionMeasures.map((measure) => [measure.id, [measure.header, ...(MEASURE_ALIASES[measure.id] ?? [])]] as const),
];

/** How each column is named in Spanish messages ("falta la columna «DEPARTAMENTO»"). */
export const monthlyColumnLabels: Readonly<Record<MonthlyColumn, string>> = {
  year: 'AÑO',
  month: 'MES',
  field: 'CAMPO',
  contract: 'CONTRATO',
  operator: 'EMPRESA/OPERADOR',
  department: 'DEPARTAMENTO',
  municipality: 'MUNICIPIO',
  ...(Object.fromEntries(productionMeasures.map((measure) => [measure.id, measure.header])) as Record<ProductionMeasure, string>),
};

/** Columns without which a monthly sheet cannot be read; AÑO, MES, CONTRATO and the other measures are optional. */
export const requiredMonthlyColumns: readonly MonthlyColumn[] = ['field', 'fiscalizada', 'operator', 'department', 'municipality'];

/** "PRODUCCION \r\nFISCALIZADA", "Producción fiscalizada (MPC) *" → 'fiscalizada'. */
export function monthlyColumnOf(headerText: string): MonthlyColumn | null {
  return matchHeader(foldHeader(headerText), MONTHLY_HEADERS);
}

export function identityColumnOf(headerText: string): IdentityColumn | null {
  return matchHeader(foldHeader(headerText), Object.entries(IDENTITY_HEADERS) as [IdentityColumn, readonly string[]][]);
}

/** Equal to a spelling, or a spelling followed by a unit in parentheses ("GAS QUEMADO (MPC)"). */
function matchHeader<C extends string>(folded: string, table: ReadonlyArray<readonly [C, readonly string[]]>): C | null {
  if (folded === '') return null;
  for (const [column, spellings] of table) {
    for (const spelling of spellings) {
      if (folded === spelling || (folded.startsWith(spelling) && /^ ?\(/.test(folded.slice(spelling.length)))) return column;
    }
  }
  return null;
}
