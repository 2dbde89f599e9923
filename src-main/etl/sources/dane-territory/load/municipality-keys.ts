import type BetterSqlite3 from 'better-sqlite3';
import { isDepartmentCode, municipalityKey } from '../../../../../src-shared/domain/territory';
import { municipalityAliases } from '../municipality-aliases';

type KeyOrigin = 'divipola' | 'alias' | 'mgn';

interface KeySource {
  code: string;
  name: string;
  origin: KeyOrigin;
  fileId: number;
}

/**
 * Rebuilds the table of exact `DD:NAME` keys that stand for each municipality code, from what is
 * loaded now: DIVIPOLA names first, then the explicit aliases, then the Marco Geoestadístico names.
 * Derived data, so it is rebuilt whole inside the caller's transaction whenever either territory file
 * changes. A key that two codes claim keeps the first and is returned as a Spanish warning.
 */
export function rebuildMunicipalityKeys(sqlite: BetterSqlite3.Database): string[] {
  const divipola = sqlite.prepare('SELECT code, name, source_file_id AS fileId FROM territory_municipality ORDER BY code').all() as Array<Omit<KeySource, 'origin'>>;
  const mgn = sqlite
    .prepare("SELECT code, name, source_file_id AS fileId FROM territory_boundary WHERE level = 'municipality' ORDER BY code")
    .all() as Array<Omit<KeySource, 'origin'>>;
  const fileOfCode = new Map<string, number>();
  for (const m of [...mgn, ...divipola]) fileOfCode.set(m.code, m.fileId);

  const sources: KeySource[] = [
    ...divipola.map((m) => ({ ...m, origin: 'divipola' as const })),
    ...Object.entries(municipalityAliases).flatMap(([code, names]) => {
      const fileId = fileOfCode.get(code);
      return fileId === undefined ? [] : names.map((name) => ({ code, name, origin: 'alias' as const, fileId }));
    }),
    ...mgn.map((m) => ({ ...m, origin: 'mgn' as const })),
  ];

  sqlite.prepare('DELETE FROM territory_municipality_key').run();
  const insert = sqlite.prepare('INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING');
  const claimed = new Map<string, KeySource>();
  const warnings: string[] = [];
  for (const source of sources) {
    const department = source.code.slice(0, 2);
    if (!isDepartmentCode(department)) continue;
    const key = municipalityKey(department, source.name);
    if (key === null) continue;
    const first = claimed.get(key);
    if (first) {
      if (first.code !== source.code) {
        warnings.push(
          `El nombre "${source.name}" (${source.code}, ${source.origin}) coincide con "${first.name}" (${first.code}, ${first.origin}) en el mismo departamento; se asigna a ${first.code}.`,
        );
      }
      continue;
    }
    claimed.set(key, source);
    insert.run(key, source.code, source.origin, source.fileId);
  }
  return warnings;
}
