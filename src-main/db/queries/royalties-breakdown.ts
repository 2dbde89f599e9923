import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { RoyaltyBreakdownDimension, RoyaltyMeasure } from '../../../src-shared/contract/royalties';
import { assertNever, mpcTo } from '../../../src-shared/domain/units';
import type { Database } from '../database-types';
import { whereRoyaltyFilters } from './royalties-filters';
import { loadedRoyaltyPeriods } from './royalties-periods';
import { royaltySums } from './royalties-sums';

type BreakdownInput = ParsedInput<'royalties.breakdown'>;
type BreakdownOutput = CommandOutput<'royalties.breakdown'>;

/** Key and label of rows whose source left the grouped value empty. */
const UNDEFINED_KEY = 'ND';
const UNDEFINED_LABEL = 'No definido en la fuente';

interface Group {
  key: string;
  label: string;
  royaltiesCop: number;
  royaltiesUsd: number;
  taxableVolume: number;
  royaltyVolume: number;
}

/**
 * Royalties grouped by a dimension, ranked by one measure, top N plus the rest. Municipalities group by
 * DIVIPOLA code when known, so spellings of one municipality (an alias and the official name) are one item.
 */
export async function royaltiesBreakdown(db: Kysely<Database>, input: BreakdownInput): Promise<BreakdownOutput> {
  const periods = await loadedRoyaltyPeriods(db, input.from, input.to);
  const groups = (await groupedSums(db, input)).map(
    (g): Group => ({
      key: g.key ?? UNDEFINED_KEY,
      label: g.label ?? UNDEFINED_LABEL,
      royaltiesCop: Number(g.royaltiesCop),
      royaltiesUsd: Number(g.royaltiesUsd),
      taxableVolume: mpcTo(input.volumeUnit, Number(g.taxableVolumeMpc)),
      royaltyVolume: mpcTo(input.volumeUnit, Number(g.royaltyVolumeMpc)),
    }),
  );
  const value = (g: Group) => g[input.measure];
  const total = groups.reduce((sum, g) => sum + value(g), 0);
  groups.sort((a, b) => value(b) - value(a) || a.label.localeCompare(b.label, 'es'));
  const top = groups.slice(0, input.top);
  const rest = groups.slice(input.top);
  const withData = periods.length > 0;
  return {
    by: input.by,
    measure: input.measure,
    unit: unitOf(input.measure, input.volumeUnit),
    volumeUnit: input.volumeUnit,
    from: withData ? periods[0]! : null,
    to: withData ? periods.at(-1)! : null,
    items: top.map((g) => ({ ...g, value: value(g), share: total !== 0 ? value(g) / total : 0 })),
    rest: { count: rest.length, value: rest.reduce((sum, g) => sum + value(g), 0) },
    total,
  };
}

function unitOf(measure: RoyaltyMeasure, volumeUnit: string): string {
  switch (measure) {
    case 'royaltiesCop':
      return 'COP';
    case 'royaltiesUsd':
      return 'USD';
    case 'taxableVolume':
    case 'royaltyVolume':
      return volumeUnit;
    default:
      return assertNever(measure);
  }
}

interface GroupRow {
  key: string | null;
  label: string | null;
  royaltiesCop: number;
  royaltiesUsd: number;
  taxableVolumeMpc: number;
  royaltyVolumeMpc: number;
}

async function groupedSums(db: Kysely<Database>, input: BreakdownInput): Promise<GroupRow[]> {
  const base = whereRoyaltyFilters(db.selectFrom('royalty_monthly'), input);
  const sums = [
    royaltySums.royaltiesCop.as('royaltiesCop'),
    royaltySums.royaltiesUsd.as('royaltiesUsd'),
    royaltySums.taxableVolumeMpc.as('taxableVolumeMpc'),
    royaltySums.royaltyVolumeMpc.as('royaltyVolumeMpc'),
  ] as const;
  const by: RoyaltyBreakdownDimension = input.by;
  switch (by) {
    case 'department':
      return base
        .leftJoin('department', 'department.code', 'royalty_monthly.department_code')
        .select(['department.code as key', 'department.name as label', ...sums])
        .groupBy('royalty_monthly.department_code')
        .execute();
    case 'municipality': {
      const code = sql<string | null>`coalesce(municipality.divipola_code, territory_municipality_key.code, municipality.key)`;
      return base
        .leftJoin('municipality', 'municipality.id', 'royalty_monthly.municipality_id')
        .leftJoin('territory_municipality_key', 'territory_municipality_key.key', 'municipality.key')
        .leftJoin('territory_municipality', (join) =>
          join.on(sql<boolean>`territory_municipality.code = coalesce(municipality.divipola_code, territory_municipality_key.code)`),
        )
        .select([code.as('key'), sql<string | null>`coalesce(max(territory_municipality.name), max(municipality.name))`.as('label'), ...sums])
        .groupBy(code)
        .execute();
    }
    case 'field':
      return base
        .innerJoin('field', 'field.id', 'royalty_monthly.field_id')
        .select(['field.key as key', 'field.name as label', ...sums])
        .groupBy('royalty_monthly.field_id')
        .execute();
    case 'contract':
      return base
        .leftJoin('contract', 'contract.id', 'royalty_monthly.contract_id')
        .select(['contract.key as key', 'contract.name as label', ...sums])
        .groupBy('royalty_monthly.contract_id')
        .execute();
    case 'regime':
      return base.select(['royalty_monthly.regime as key', 'royalty_monthly.regime as label', ...sums]).groupBy('royalty_monthly.regime').execute();
    case 'productionType':
      return base
        .select(['royalty_monthly.production_type as key', 'royalty_monthly.production_type as label', ...sums])
        .groupBy('royalty_monthly.production_type')
        .execute();
    default:
      return assertNever(by);
  }
}
