import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { BreakdownDimension } from '../../../src-shared/contract/production';
import { daysInPeriod } from '../../../src-shared/domain/period';
import { assertNever } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { loadedProductionPeriods } from './loaded-periods';
import { productionMeasureColumn } from './production-columns';
import { whereProductionFilters } from './production-filters';

type BreakdownInput = ParsedInput<'production.breakdown'>;
type BreakdownOutput = CommandOutput<'production.breakdown'>;

/** Label used for rows whose source did not say where they were (e.g. ANH's "DEPARTAMENTO NN"). */
export const UNDEFINED_KEY = 'ND';
const UNDEFINED_LABEL = 'No definido en la fuente';

export async function productionBreakdown(db: Kysely<Database>, input: BreakdownInput): Promise<BreakdownOutput> {
  const column = productionMeasureColumn[input.measure];
  const periods = await loadedProductionPeriods(db, input.from, input.to);
  const days = periods.reduce((sum, p) => sum + daysInPeriod(p), 0);
  const volume = sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`;

  const grouped = await groupedVolumes(db, input, volume);
  const total = grouped.reduce((sum, g) => sum + g.volume, 0);
  grouped.sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label, 'es'));
  const top = grouped.slice(0, input.top);
  const rest = grouped.slice(input.top);
  const restVolume = rest.reduce((sum, g) => sum + g.volume, 0);
  const rate = (v: number) => (days > 0 ? v / days : 0);

  return {
    by: input.by,
    measure: input.measure,
    from: periods[0] ?? null,
    to: periods.at(-1) ?? null,
    days,
    items: top.map((g) => ({ key: g.key, label: g.label, volumeMpc: g.volume, rateMpcd: rate(g.volume), share: total > 0 ? g.volume / total : 0 })),
    rest: { count: rest.length, volumeMpc: restVolume, rateMpcd: rate(restVolume) },
    totalVolumeMpc: total,
    totalRateMpcd: rate(total),
  };
}

interface Group {
  key: string;
  label: string;
  volume: number;
}

async function groupedVolumes(db: Kysely<Database>, input: BreakdownInput, volume: ReturnType<typeof sql<number>>): Promise<Group[]> {
  const base = whereProductionFilters(db.selectFrom('production_monthly'), input);
  const by: BreakdownDimension = input.by;
  let rows: Array<{ key: string | null; label: string | null; volume: number }>;
  switch (by) {
    case 'department':
      rows = await base
        .leftJoin('department', 'department.code', 'production_monthly.department_code')
        .select(['department.code as key', 'department.name as label', volume.as('volume')])
        .groupBy('production_monthly.department_code')
        .execute();
      break;
    case 'municipality':
      rows = await base
        .leftJoin('municipality', 'municipality.id', 'production_monthly.municipality_id')
        .select([sql<string>`coalesce(municipality.divipola_code, municipality.key)`.as('key'), 'municipality.name as label', volume.as('volume')])
        .groupBy('production_monthly.municipality_id')
        .execute();
      break;
    case 'operator':
      rows = await base
        .innerJoin('operator', 'operator.id', 'production_monthly.operator_id')
        .select(['operator.key as key', 'operator.name as label', volume.as('volume')])
        .groupBy('production_monthly.operator_id')
        .execute();
      break;
    case 'field':
      rows = await base
        .innerJoin('field', 'field.id', 'production_monthly.field_id')
        .select(['field.key as key', 'field.name as label', volume.as('volume')])
        .groupBy('production_monthly.field_id')
        .execute();
      break;
    case 'contract':
      rows = await base
        .leftJoin('contract', 'contract.id', 'production_monthly.contract_id')
        .select(['contract.key as key', 'contract.name as label', volume.as('volume')])
        .groupBy('production_monthly.contract_id')
        .execute();
      break;
    default:
      return assertNever(by);
  }
  return rows.map((r) => ({ key: r.key ?? UNDEFINED_KEY, label: r.label ?? UNDEFINED_LABEL, volume: Number(r.volume) }));
}
