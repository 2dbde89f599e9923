import type { RawBuilder } from 'kysely';

export interface SearchCandidate {
  readonly value: string | number;
  readonly text: string;
}

/**
 * Where a dataset's search looks. Names live in small tables (fields, operators, files…): a `lookup`
 * reads them once, matches every word against them in JavaScript (accents and case folded, which
 * SQLite's LIKE cannot do) and filters the facts by the matching ids. A `like` source matches an ASCII
 * column in SQL (periods such as `2024-03`).
 */
export type SearchSource =
  | {
      readonly kind: 'lookup';
      /** The fact's column the matching values are compared with. */
      readonly match: RawBuilder<unknown>;
      /** A query answering `value` and `text`, or a fixed list (labels of coded values). */
      readonly candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[];
    }
  | { readonly kind: 'like'; readonly match: RawBuilder<unknown> };
