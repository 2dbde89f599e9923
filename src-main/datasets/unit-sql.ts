import { sql, type RawBuilder } from 'kysely';
import { assertNever, CUBIC_FEET_PER_MPC, CUBIC_METRES_PER_CUBIC_FOOT, KPC_PER_MPC, type RateUnit, type VolumeUnit } from '../../src-shared/domain/units';

/**
 * Unit conversions written as SQL, so that sorting by a converted column orders by what is shown. The
 * operations and their order are those of src-shared/domain/units.ts (mpcTo, mpcdTo), so a value here
 * is bit-for-bit the value the contract's queries compute from the same stored number.
 */
type Numeric = RawBuilder<number | null>;

const lit = (value: number) => sql.lit(value);

export function volumeInUnit(mpc: Numeric, unit: VolumeUnit): Numeric {
  switch (unit) {
    case 'MPC':
      return mpc;
    case 'KPC':
      return sql`(${mpc} * ${lit(KPC_PER_MPC)})`;
    case 'm3':
      return sql`(${mpc} * ${lit(CUBIC_FEET_PER_MPC)} * ${lit(CUBIC_METRES_PER_CUBIC_FOOT)})`;
    default:
      return assertNever(unit);
  }
}

/** A daily rate in MPCD to another rate unit; GBTUD = MPCD × BTU/PC ÷ 1000 with the row's heating value. */
export function mpcdInUnit(mpcd: Numeric, unit: RateUnit, heatingValue: Numeric): Numeric {
  switch (unit) {
    case 'MPCD':
      return mpcd;
    case 'KPCD':
      return sql`(${mpcd} * ${lit(KPC_PER_MPC)})`;
    case 'm3/d':
      return sql`(${mpcd} * ${lit(CUBIC_FEET_PER_MPC)} * ${lit(CUBIC_METRES_PER_CUBIC_FOOT)})`;
    case 'GBTUD':
      return sql`((${mpcd} * ${heatingValue}) / 1000)`;
    default:
      return assertNever(unit);
  }
}

/** A daily energy rate in GBTUD to another rate unit, through the row's heating value (MPCD = GBTUD × 1000 ÷ BTU/PC). */
export function gbtudInUnit(gbtud: Numeric, unit: RateUnit, heatingValue: Numeric): Numeric {
  if (unit === 'GBTUD') return gbtud;
  return mpcdInUnit(sql`((${gbtud} * 1000) / ${heatingValue})`, unit, heatingValue);
}

/** Calendar days of a `YYYY-MM` period column, computed in SQL (a monthly volume ÷ days = its daily rate). */
export function daysOfPeriod(period: RawBuilder<string>): RawBuilder<number> {
  const month = sql`CAST(substr(${period}, 6, 2) AS INTEGER)`;
  const year = sql`CAST(substr(${period}, 1, 4) AS INTEGER)`;
  return sql<number>`(CASE ${month}
    WHEN 2 THEN CASE WHEN (${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0 THEN 29 ELSE 28 END
    WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END)`;
}

export function isVolumeUnit(unit: string): unit is VolumeUnit {
  return unit === 'MPC' || unit === 'KPC' || unit === 'm3';
}
