/** Spanish (Colombia) number formats for terminal output: 1.234,56. */
const mpcFormat = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

export function formatMpc(value: number): string {
  return `${mpcFormat.format(value)} MPC`;
}

export function formatCount(value: number): string {
  return countFormat.format(value);
}
