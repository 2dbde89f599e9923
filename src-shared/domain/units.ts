/**
 * Units of Colombian gas statistics. Volumes are stored in MPC (millions of cubic feet) and converted on
 * the way out. A volume is summed over time; a daily rate (MPCD, GBTUD) is averaged, never summed.
 */
export const volumeUnits = ['MPC', 'KPC', 'm3'] as const;
export type VolumeUnit = (typeof volumeUnits)[number];

export const rateUnits = ['MPCD', 'KPCD', 'm3/d', 'GBTUD'] as const;
export type RateUnit = (typeof rateUnits)[number];

export const CUBIC_METRES_PER_CUBIC_FOOT = 0.0283168;
export const KPC_PER_MPC = 1000;
/** Cubic feet in one MPC (10^6 ft³). */
export const CUBIC_FEET_PER_MPC = 1_000_000;

export function mpcTo(unit: VolumeUnit, mpc: number): number {
  switch (unit) {
    case 'MPC':
      return mpc;
    case 'KPC':
      return mpc * KPC_PER_MPC;
    case 'm3':
      return mpc * CUBIC_FEET_PER_MPC * CUBIC_METRES_PER_CUBIC_FOOT;
    default:
      return assertNever(unit);
  }
}

/**
 * Converts a daily rate in MPCD. GBTUD needs a heating value in BTU/PC: GBTUD = MPCD × BTU/PC ÷ 1000.
 */
export function mpcdTo(unit: RateUnit, mpcd: number, heatingValueBtuPerCf?: number): number {
  switch (unit) {
    case 'MPCD':
      return mpcd;
    case 'KPCD':
      return mpcd * KPC_PER_MPC;
    case 'm3/d':
      return mpcd * CUBIC_FEET_PER_MPC * CUBIC_METRES_PER_CUBIC_FOOT;
    case 'GBTUD':
      if (heatingValueBtuPerCf === undefined) throw new RangeError('GBTUD requiere un poder calorífico (BTU/PC)');
      return (mpcd * heatingValueBtuPerCf) / 1000;
    default:
      return assertNever(unit);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Caso no contemplado: ${String(value)}`);
}
