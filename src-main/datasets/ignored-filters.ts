/** Names of the filters sent with a value that the dataset does not apply (shown, never silently dropped). */
export function ignoredFilters(filters: object, applied: readonly string[]): string[] {
  return Object.entries(filters)
    .filter(([name, value]) => !applied.includes(name) && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name]) => name);
}
