import type { RateUnit, VolumeUnit } from '../../src-shared/domain/units';
import type { QuantityUnit } from '../format/units';

/** A monthly series is read either as its average daily rate or as its volume. */
export const productionMagnitudes = ['rate', 'volume'] as const;
export type ProductionMagnitude = (typeof productionMagnitudes)[number];

/** How production is shown: which magnitude, in which units. */
export interface ProductionDisplay {
  magnitude: ProductionMagnitude;
  rateUnit: RateUnit;
  volumeUnit: VolumeUnit;
}

/**
 * A production figure as the service answers it: MPC/MPCD as stored, and `volume`/`rate` in the units
 * asked for. The service converts (GBTUD needs each field's declared heating value, which only it has);
 * the renderer never converts production itself.
 */
export interface ProductionQuantity {
  volumeMpc: number;
  rateMpcd: number;
  volume: number;
  rate: number;
}

export function displayUnit(display: ProductionDisplay): QuantityUnit {
  return display.magnitude === 'rate' ? display.rateUnit : display.volumeUnit;
}

/** The plotted number of a figure: its rate or its volume, in the units the request asked for. */
export function displayValue(quantity: ProductionQuantity, display: ProductionDisplay): number {
  return display.magnitude === 'rate' ? quantity.rate : quantity.volume;
}

