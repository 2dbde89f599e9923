import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { BreakdownDimension } from '../../../src-shared/contract/production';
import { daysInPeriod } from '../../../src-shared/domain/period';
import { assertNever, mpcdTo, mpcTo } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { loadedProductionPeriods } from './loaded-periods';
import { productionMeasureColumn } from './production-columns';
import { EnergyTally, fieldHeatingValues } from './production-energy';
import { whereProductionFilters } from './production-filters';

type BreakdownInput = ParsedInput<'production.breakdown'>;
type BreakdownOutput = CommandOutput<'production.breakdown'>;

/** Label used for rows whose source did not say where they were (e.g. ANH's "DEPARTAMENTO NN"). */
export const UNDEFINED_KEY = 'ND';
const UNDEFINED_LABEL = 'No definido en la fuente';

export async function productionBreakdown(db: Kysely<Database>, input: BreakdownInput): Promise<BreakdownOutput> {
  const column = productionMeasureColumn[input.measure];
  const energy = input.rateUnit === 'GBTUD' ? new EnergyTally(await fieldHeatingValues(db)) : null;
  const periods = await loadedProductionPeriods(db, input.from, input.to);
  const days = periods.reduce((sum, p) => sum + daysInPeriod(p), 0);
  const volume = sql<number>`coalesce(sum(${sql.ref(`production_monthly.${column}`)}), 0)`;

  const grouped = mergeFields(await groupedVolumes(db, input, volume, energy !== null), energy);
  grouped.sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label, 'es'));
  const top = grouped.slice(0, input.top);
  const rest = grouped.slice(input.top);
  const sum = (groups: Group[], pick: (g: Group) => number) => groups.reduce((total, g) => total + pick(g), 0);
  const total = sum(grouped, (g) => g.volume);
  const convert = (volumeMpc: number, energyMpc: number) => {
    const rateMpcd = days > 0 ? volumeMpc / days : 0;
    const rate = energy ? (days > 0 ? energyMpc / days : 0) : mpcdTo(input.rateUnit, rateMpcd);
    return { volumeMpc, rateMpcd, volume: mpcTo(input.volumeUnit, volumeMpc), rate };
  };
  const totals = convert(total, sum(grouped, (g) => g.energy));

  return {
    by: input.by,
    measure: input.measure,
    from: periods[0] ?? null,
    to: periods.at(-1) ?? null,
    days,
    items: top.map((g) => ({ key: g.key, label: g.label, ...convert(g.volume, g.energy), share: total > 0 ? g.volume / total : 0 })),
    rest: { count: rest.length, ...convert(sum(rest, (g) => g.volume), sum(rest, (g) => g.energy)) },
    totalVolumeMpc: totals.volumeMpc,
    totalRateMpcd: totals.rateMpcd,
    rateUnit: input.rateUnit,
    volumeUnit: input.volumeUnit,
    totalVolume: totals.volume,
    totalRate: totals.rate,
    heatingValues: energy ? energy.summary() : null,
  };
}

/** Rows come per group (and per field when converting to energy); one entry per group. */
function mergeFields(rows: GroupRow[], energy: EnergyTally | null): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const key = r.key ?? UNDEFINED_KEY;
    const group = groups.get(key) ?? { key, label: r.label ?? UNDEFINED_LABEL, volume: 0, energy: 0 };
    const volume = Number(r.volume);
    group.volume += volume;
    if (energy && r.field_id !== undefined) group.energy += energy.add(r.field_id, volume);
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface Group {
  key: string;
  label: string;
  volume: number;
  /** Energy-weighted volume (MPC × BTU/PC ÷ 1000), only when a GBTUD answer was asked for. */
  energy: number;
}

interface GroupRow {
  key: string | null;
  label: string | null;
  volume: number;
  field_id?: number;
}

async function groupedVolumes(db: Kysely<Database>, input: BreakdownInput, volume: ReturnType<typeof sql<number>>, perField: boolean): Promise<GroupRow[]> {
  // Converting to energy needs each field's volume, so the grouping also splits by field.
  const base = whereProductionFilters(db.selectFrom('production_monthly'), input)
    .$if(perField, (q) => q.select('production_monthly.field_id').groupBy('production_monthly.field_id'));
  const by: BreakdownDimension = input.by;
  let rows: GroupRow[];
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
  return rows;
}
