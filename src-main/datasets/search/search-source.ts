import type { RawBuilder } from 'kysely';

export interface SearchCandidate {
  readonly value: string | number;
  readonly text: string;
}

/**
 * Where a dataset's search looks: one column of the facts and the values it can hold, each with the
 * text a user would type to find it (names live in small tables: fields, operators, files…; coded
 * values have labels; periods are read as written). The words are matched against the candidates in
 * JavaScript (accents and case folded, which SQLite's LIKE cannot do) and the facts are filtered by
 * the matching values — an `IN` over an indexed column, never a `LIKE` that reads every row.
 */
export interface SearchSource {
  /** The fact's column the matching values are compared with. */
  readonly match: RawBuilder<unknown>;
  /** A query answering `value` and `text`, or a fixed list (labels of coded values, months). */
  readonly candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[];
  /**
   * True when the candidates are every value the column can hold and no row leaves it empty: a word
   * that matches all of them matches every row, so it restricts nothing and is left out of the query
   * ("campo" when every field is called "Campo …").
   */
  readonly complete?: boolean;
}
