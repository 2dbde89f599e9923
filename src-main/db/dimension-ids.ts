import type BetterSqlite3 from 'better-sqlite3';

type EntityTable = 'operator' | 'field' | 'contract';

/**
 * Finds or creates dimension rows by normalized key, inside the caller's transaction. The first spelling
 * seen becomes the display name; later variants with the same key are grouped under it.
 */
export interface DimensionIds {
  entity(table: EntityTable, key: string, name: string): number;
  municipality(key: string, departmentCode: string | null, name: string): number;
}

export function createDimensionIds(sqlite: BetterSqlite3.Database): DimensionIds {
  const cache = new Map<string, number>();
  const statements = new Map<EntityTable, { insert: BetterSqlite3.Statement; select: BetterSqlite3.Statement }>();
  const statementsFor = (table: EntityTable) => {
    let s = statements.get(table);
    if (!s) {
      s = {
        insert: sqlite.prepare(`INSERT INTO ${table} (key, name) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`),
        select: sqlite.prepare(`SELECT id FROM ${table} WHERE key = ?`).pluck(),
      };
      statements.set(table, s);
    }
    return s;
  };
  // Prepared on first use: sources without municipalities never touch these tables.
  let municipalityStatements: ReturnType<typeof prepareMunicipalityStatements> | undefined;

  return {
    entity(table, key, name) {
      const cacheKey = `${table}\u0000${key}`;
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const s = statementsFor(table);
      s.insert.run(key, name);
      const id = s.select.get(key) as number;
      cache.set(cacheKey, id);
      return id;
    },
    municipality(key, departmentCode, name) {
      const cacheKey = `municipality\u0000${key}`;
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const m = (municipalityStatements ??= prepareMunicipalityStatements(sqlite));
      let id = m.selectByKey.get(key) as number | undefined;
      if (id === undefined) {
        const code = (m.codeOfKey.get(key) as string | undefined) ?? null;
        id = code === null ? undefined : (m.selectByCode.get(code) as number | undefined);
        if (id === undefined) {
          m.insert.run(key, departmentCode, name, code);
          id = m.selectByKey.get(key) as number;
        }
      }
      cache.set(cacheKey, id);
      return id;
    },
  };
}

function prepareMunicipalityStatements(sqlite: BetterSqlite3.Database) {
  return {
    insert: sqlite.prepare('INSERT INTO municipality (key, department_code, name, divipola_code) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING'),
    selectByKey: sqlite.prepare('SELECT id FROM municipality WHERE key = ?').pluck(),
    // Once DIVIPOLA is loaded, a spelling it knows (official name or alias) maps to its 5-digit code: a
    // new spelling of a known town reuses that town's row, and a new town gets its code straight away.
    codeOfKey: sqlite.prepare('SELECT code FROM territory_municipality_key WHERE key = ?').pluck(),
    selectByCode: sqlite.prepare('SELECT id FROM municipality WHERE divipola_code = ?').pluck(),
  };
}
