/**
 * Legend classes of a choropleth. Production and royalties by territory span four orders of magnitude
 * (a few MPC in Antioquia, hundreds of thousands in Casanare), so a linear colour scale would paint
 * almost every territory the palest shade. Classes are quantiles of the values, with breaks rounded to
 * two significant digits so the legend reads "10.000 – 25.000", not "9.876,54 – 24.911,02".
 */
export interface MapClass {
  /** Inclusive lower bound; null for the first class. */
  min: number | null;
  /** Exclusive upper bound; null for the last class. */
  max: number | null;
  color: string;
}

/** Mantine's blue scale, light to dark: the darker, the more. */
const palette = ['#d0ebff', '#74c0fc', '#339af0', '#1971c2', '#0b3d75'] as const;
export const NO_DATA_COLOR = '#e9ecef';

export function roundToSignificant(value: number, digits = 2): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  // Dividing by a power of ten below 1 (magnitude < 1) is exact where multiplying by its inverse is not.
  return magnitude >= 1 ? Math.round(value / magnitude) * magnitude : Math.round(value * (1 / magnitude)) / (1 / magnitude);
}

export function mapClasses(values: readonly number[], maxClasses = palette.length): MapClass[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest === undefined || highest === undefined) return [];
  const breaks: number[] = [];
  for (let index = 1; index < maxClasses; index += 1) {
    const quantile = sorted[Math.floor((index * sorted.length) / maxClasses)] as number;
    const rounded = roundToSignificant(quantile);
    const previous = breaks[breaks.length - 1];
    // A break must split the values (not sit at or below the lowest) and grow.
    if (rounded > lowest && rounded <= highest && (previous === undefined || rounded > previous)) breaks.push(rounded);
  }
  const count = breaks.length + 1;
  // Few classes use the darker end of the palette, so "a lot" always looks like a lot.
  const colors = palette.slice(palette.length - count);
  return colors.map((color, index) => ({ min: index === 0 ? null : (breaks[index - 1] as number), max: index === count - 1 ? null : (breaks[index] as number), color }));
}

/** The class a value falls in; null for a missing value. */
export function classOf(value: number | null | undefined, classes: readonly MapClass[]): MapClass | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return classes.find((entry) => (entry.min === null || value >= entry.min) && (entry.max === null || value < entry.max)) ?? null;
}
