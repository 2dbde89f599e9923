import type BetterSqlite3 from 'better-sqlite3';
import { territoryKey, undefinedDepartmentMarkers } from '../../../../../src-shared/domain/territory';

/** A municipality row of another source that no DIVIPOLA name or alias matches. */
export interface UnlinkedMunicipality {
  id: number;
  key: string;
  name: string;
  departmentCode: string | null;
  reasonCode: 'municipality-not-in-divipola' | 'municipality-without-department' | 'municipality-undefined-in-source';
  reason: string;
}

export interface MunicipalityLinkReport {
  /** Rows that carry a DIVIPOLA code after linking. */
  linked: number;
  unlinked: UnlinkedMunicipality[];
  /** Spanish notes: one code written two ways in loaded data (both spellings still map to the code). */
  warnings: string[];
}

interface RowMatch {
  id: number;
  key: string;
  name: string;
  department_code: string | null;
  divipola_code: string | null;
  code: string | null;
  origin: 'divipola' | 'alias' | 'mgn' | null;
  official_name: string | null;
}

const originRank = { divipola: 0, alias: 1, mgn: 2 } as const;
/** Names with which a source says it does not know the municipality (ANH writes `MUNICIPIO NN CASANARE`). */
const UNDEFINED_MUNICIPALITY = /(^| )(NN|ND|NO DEFINIDO|SIN MUNICIPIO)( |$)/;
const undefinedDepartmentKeys = new Set(undefinedDepartmentMarkers.map(territoryKey));

/**
 * Sets `municipality.divipola_code` (and the official name) on the rows other sources created, by exact
 * key through territory_municipality_key; never by similarity. One row per code carries it (the column
 * is unique): the row already holding it, else the one spelled as DIVIPOLA, else an alias spelling.
 * Other rows with a key of the same code still reach it through the key table (maps and totals by
 * code count them), and are reported as a warning so the analyst knows the name is written two ways.
 * Runs inside the caller's transaction.
 */
export function linkMunicipalityCodes(sqlite: BetterSqlite3.Database): MunicipalityLinkReport {
  const rows = sqlite
    .prepare(
      `SELECT m.id, m.key, m.name, m.department_code, m.divipola_code, k.code, k.origin, t.name AS official_name
       FROM municipality m
       LEFT JOIN territory_municipality_key k ON k.key = m.key
       LEFT JOIN territory_municipality t ON t.code = k.code
       ORDER BY m.id`,
    )
    .all() as RowMatch[];

  const byCode = new Map<string, RowMatch[]>();
  const unlinked: UnlinkedMunicipality[] = [];
  for (const row of rows) {
    if (row.code === null) unlinked.push(describeUnlinked(row));
    else byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }

  const canonical = new Map<number, RowMatch>();
  const warnings: string[] = [];
  for (const [code, matches] of byCode) {
    const chosen = [...matches].sort(
      (a, b) => Number(b.divipola_code === code) - Number(a.divipola_code === code) || originRank[a.origin!] - originRank[b.origin!] || a.id - b.id,
    )[0]!;
    canonical.set(chosen.id, chosen);
    const others = matches.filter((m) => m.id !== chosen.id);
    if (others.length > 0) {
      warnings.push(
        `El municipio ${code} aparece escrito de varias formas en los datos cargados (${matches.map((m) => `"${m.name}"`).join(', ')}); los mapas y totales por código los suman.`,
      );
    }
  }

  // Free codes first: the column is unique, and a code may move from one row to another. A row that no
  // key matches keeps its code unless another row takes it or the loaded territory lists no longer
  // know that code (DANE retired it); with nothing loaded, nothing is known to be wrong.
  const assigned = new Set([...canonical.values()].map((r) => r.code));
  const known = new Set(
    sqlite
      .prepare("SELECT code FROM territory_municipality UNION SELECT code FROM territory_boundary WHERE level = 'municipality'")
      .pluck()
      .all() as string[],
  );
  const clear = sqlite.prepare('UPDATE municipality SET divipola_code = NULL WHERE id = ?');
  for (const row of rows) {
    if (row.divipola_code === null || canonical.get(row.id)?.code === row.divipola_code) continue;
    if (row.code !== null || assigned.has(row.divipola_code) || (known.size > 0 && !known.has(row.divipola_code))) clear.run(row.id);
  }
  const link = sqlite.prepare('UPDATE municipality SET divipola_code = ?, department_code = ?, name = coalesce(?, name) WHERE id = ?');
  for (const row of canonical.values()) {
    link.run(row.code, row.code!.slice(0, 2), row.official_name, row.id);
  }
  return { linked: canonical.size, unlinked, warnings };
}

function describeUnlinked(row: RowMatch): UnlinkedMunicipality {
  const base = { id: row.id, key: row.key, name: row.name, departmentCode: row.department_code };
  const nameKey = territoryKey(row.name);
  if (UNDEFINED_MUNICIPALITY.test(nameKey) || undefinedDepartmentKeys.has(nameKey)) {
    return { ...base, reasonCode: 'municipality-undefined-in-source', reason: `La fuente indica que el municipio no está definido ("${row.name}"); no tiene código DIVIPOLA.` };
  }
  if (row.department_code === null) {
    return {
      ...base,
      reasonCode: 'municipality-without-department',
      reason: `El municipio "${row.name}" viene sin departamento definido en la fuente; sin departamento no se puede asignar su código DIVIPOLA.`,
    };
  }
  return {
    ...base,
    reasonCode: 'municipality-not-in-divipola',
    reason: `El municipio "${row.name}" (departamento ${row.department_code}) no coincide con ningún nombre DIVIPOLA de ese departamento ni con un alias conocido; queda sin código.`,
  };
}
