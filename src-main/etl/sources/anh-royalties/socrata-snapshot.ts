/** The datos.gov.co dataset of ANH royalties by field. */
export const ROYALTIES_DATASET_ID = 'j7js-yk74';

/**
 * What a refresh archives: every gas row of the dataset, fetched page by page, in one JSON document
 * with the dataset's `rowsUpdatedAt`, so the file alone says which publication it is (re-processing
 * the archive offline gives the same coverage). No download time inside: the same publication gives
 * the same bytes, hence the same sha256. A hand export is a bare array or CSV instead.
 */
export interface SocrataSnapshot {
  dataset: string;
  /** Socrata's last data update, seconds since 1970 (UTC). */
  rowsUpdatedAt: number | null;
  /** The SoQL filter and order the rows were fetched with. */
  query: string;
  rows: unknown[];
}

export function readSocrataSnapshot(json: unknown): SocrataSnapshot | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const doc = json as Partial<SocrataSnapshot>;
  if (typeof doc.dataset !== 'string' || !Array.isArray(doc.rows)) return null;
  return {
    dataset: doc.dataset,
    rowsUpdatedAt: typeof doc.rowsUpdatedAt === 'number' ? doc.rowsUpdatedAt : null,
    query: typeof doc.query === 'string' ? doc.query : '',
    rows: doc.rows,
  };
}

/** The date of a Socrata timestamp as analysts in Colombia (UTC−5) would read it: `2025-10-31`. */
export function bogotaDate(epochSeconds: number): string {
  return new Date((epochSeconds - 5 * 3600) * 1000).toISOString().slice(0, 10);
}
