import { sql } from 'kysely';

/** The sums every royalty query reports; volumes in MPC as stored. */
export const royaltySums = {
  royaltiesCop: sql<number>`coalesce(sum(royalty_monthly.royalties_cop), 0)`,
  // Each settlement converts at its own average TRM; rows without one are counted, not guessed.
  royaltiesUsd: sql<number>`coalesce(sum(CASE WHEN royalty_monthly.trm_cop_per_usd > 0 THEN royalty_monthly.royalties_cop / royalty_monthly.trm_cop_per_usd END), 0)`,
  rowsWithoutTrm: sql<number>`coalesce(sum(CASE WHEN royalty_monthly.trm_cop_per_usd > 0 THEN 0 ELSE 1 END), 0)`,
  taxableVolumeMpc: sql<number>`coalesce(sum(royalty_monthly.taxable_volume_mpc), 0)`,
  royaltyVolumeMpc: sql<number>`coalesce(sum(royalty_monthly.royalty_volume_mpc), 0)`,
  rows: sql<number>`count(*)`,
};

/** Every sum of `royaltySums`, aliased by its own name: one month's (or one group's) full line. */
export const allRoyaltySums = [
  royaltySums.royaltiesCop.as('royaltiesCop'),
  royaltySums.royaltiesUsd.as('royaltiesUsd'),
  royaltySums.rowsWithoutTrm.as('rowsWithoutTrm'),
  royaltySums.taxableVolumeMpc.as('taxableVolumeMpc'),
  royaltySums.royaltyVolumeMpc.as('royaltyVolumeMpc'),
  royaltySums.rows.as('rows'),
] as const;
