import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src-main/db/database-types';
import { distinctCandidates } from '../../../../src-main/datasets/search/distinct-candidates';
import { periodCandidates } from '../../../../src-main/datasets/search/period-candidates';
import { searchCondition } from '../../../../src-main/datasets/search/search-condition';
import type { SearchSource } from '../../../../src-main/datasets/search/search-source';

/**
 * The search condition on a small table of its own: which rows each search keeps, which words are left
 * out because they match every row, and that the distinct values are read by index seeks.
 */
let sqlite: BetterSqlite3.Database;
let db: Kysely<Database>;

beforeEach(() => {
  sqlite = new BetterSqlite3(':memory:');
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  sqlite.exec(`
    CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE fact (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, regime TEXT, period TEXT NOT NULL);
    CREATE INDEX fact_by_regime ON fact (regime);
    INSERT INTO item VALUES (1, 'Campo Peñón'), (2, 'Campo Cusiana'), (3, 'Campo 001');
    INSERT INTO fact (item_id, regime, period) VALUES (1, 'Ley 756', '2024-01'), (2, 'Ley 141', '2024-02'), (3, NULL, '2023-12'), (2, 'Ley 141', '2023-01');
  `);
});
afterEach(async () => db.destroy());

const sources = (complete: boolean): SearchSource[] => [
  { match: sql`fact.item_id`, candidates: sql<{ value: number; text: string }>`SELECT id AS value, name AS text FROM item`, complete },
  { match: sql`fact.regime`, candidates: distinctCandidates('fact', 'regime') },
  { match: sql`fact.period`, candidates: periodCandidates },
];

async function idsFound(search: string, complete = true): Promise<number[]> {
  const where = await searchCondition(db, sources(complete), search);
  const condition = where ? sql`WHERE ${where}` : sql``;
  return (await sql<{ id: number }>`SELECT id FROM fact ${condition} ORDER BY id`.execute(db)).rows.map((r) => r.id);
}

describe('searchCondition', () => {
  it('keeps the rows where every word is in one of the searched columns, accents and case aside', async () => {
    expect(await idsFound('penon')).toEqual([1]);
    expect(await idsFound('CUSIANA 2024')).toEqual([2]);
    expect(await idsFound('ley 141')).toEqual([2, 4]);
    expect(await idsFound('2023')).toEqual([3, 4]);
    expect(await idsFound('nada')).toEqual([]);
  });

  it('leaves out a word that matches every value of a complete source, so it costs nothing', async () => {
    expect(await searchCondition(db, sources(true), 'campo')).toBeNull();
    expect(await idsFound('campo 001')).toEqual([3]);
    // Without `complete`, the word is still tested value by value: same rows, no shortcut.
    expect(await searchCondition(db, sources(false), 'campo')).not.toBeNull();
    expect(await idsFound('campo', false)).toEqual([1, 2, 3, 4]);
  });

  it('lists the distinct values of a column by seeking through its index', async () => {
    const { rows } = await distinctCandidates('fact', 'regime').execute(db);
    expect(rows).toEqual([
      { value: 'Ley 141', text: 'Ley 141' },
      { value: 'Ley 756', text: 'Ley 756' },
    ]);
    const compiled = distinctCandidates('fact', 'regime').compile(db);
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plan).toContain('USING COVERING INDEX fact_by_regime');
    expect(plan).not.toMatch(/SCAN fact\b/);
  });

  it('lists the values within a scope', async () => {
    sqlite.exec("CREATE INDEX fact_by_item_period ON fact (item_id, period)");
    const scoped = sql<{ value: string }>`SELECT value FROM (${distinctCandidates('fact', 'period', { scope: { column: 'item_id', value: '2' } })})`;
    // item_id is an INTEGER column: SQLite compares the text '2' with it by the column's affinity.
    expect((await scoped.execute(db)).rows.map((r) => r.value)).toEqual(['2023-01', '2024-02']);
  });

  it('offers every month as written, in order, and nothing else', () => {
    expect(periodCandidates.length % 12).toBe(0);
    expect(periodCandidates.map((c) => c.value)).toContain('2013-01');
    expect(periodCandidates.map((c) => c.value)).toContain('2050-12');
    expect(periodCandidates.every((c) => /^\d{4}-(0[1-9]|1[0-2])$/.test(String(c.value)) && c.text === c.value)).toBe(true);
    expect(periodCandidates.map((c) => c.value)).toEqual([...periodCandidates.map((c) => c.value)].sort());
  });
});
