const twoDecimals = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const precise = new Intl.NumberFormat('es-CO', { maximumSignificantDigits: 3 });

/** Volumes for Spanish messages with Colombian separators: 44447.25 → "44.447,25"; tiny values keep 3 digits. */
export function formatMpc(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.005) return precise.format(value);
  return twoDecimals.format(value);
}

const rateDigits = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 5, maximumFractionDigits: 5 });

/** Daily rates as ANH prints them in the summary (five decimals), Colombian separators. */
export function formatRate(value: number): string {
  return rateDigits.format(value);
}
