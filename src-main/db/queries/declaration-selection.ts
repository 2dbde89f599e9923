import { sql, type Kysely } from 'kysely';
import { CaudalError } from '../../../src-shared/contract';
import type { Database } from '../database-types';

export interface LoadedResolution {
  /** Row id in declaration_resolution. */
  readonly dbId: number;
  /** `00739-2025`. */
  readonly id: string;
  readonly number: string;
  readonly year: number;
  readonly issuedOn: string | null;
  readonly title: string | null;
  readonly declarationPeriod: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly status: 'vigente' | 'anterior';
}

/**
 * Every resolution with rows to show (at least one file not replaced by a corrected copy), newest
 * declaration first and, within one, newest resolution first. The first of each declaration is its
 * current one ("vigente").
 */
export async function loadedResolutions(db: Kysely<Database>, declarationPeriod?: string): Promise<LoadedResolution[]> {
  let query = db
    .selectFrom('declaration_resolution as r')
    .select(['r.id', 'r.number', 'r.year', 'r.issued_on', 'r.title', 'r.declaration_period', 'r.first_year', 'r.last_year'])
    .where((eb) => eb.exists(eb.selectFrom('declaration_file as f').select('f.source_file_id').whereRef('f.resolution_id', '=', 'r.id').where('f.replaced_by_file_id', 'is', null)))
    .orderBy('r.first_year', 'desc')
    .orderBy('r.declaration_period', 'desc')
    .orderBy('r.year', 'desc')
    .orderBy(sql`cast(r.number as integer)`, 'desc');
  if (declarationPeriod) query = query.where('r.declaration_period', '=', declarationPeriod);
  const rows = await query.execute();
  const seen = new Set<string>();
  return rows.map((r) => {
    const current = !seen.has(r.declaration_period);
    seen.add(r.declaration_period);
    return {
      dbId: r.id,
      id: `${r.number}-${r.year}`,
      number: r.number,
      year: r.year,
      issuedOn: r.issued_on,
      title: r.title,
      declarationPeriod: r.declaration_period,
      firstYear: r.first_year,
      lastYear: r.last_year,
      status: current ? 'vigente' : 'anterior',
    };
  });
}

/**
 * The resolution a query reads: the one asked for (`00739` or `00739-2025`, within the declaration when
 * given), else the current resolution of the declaration asked for, else of the latest declaration.
 * Null when nothing is loaded. Throws CaudalError with the choices when the request matches none or many.
 */
export async function selectResolution(db: Kysely<Database>, request: { declarationPeriod?: string | undefined; resolution?: string | undefined }): Promise<LoadedResolution | null> {
  const all = await loadedResolutions(db);
  if (all.length === 0) return null;
  const inPeriod = request.declarationPeriod ? all.filter((r) => r.declarationPeriod === request.declarationPeriod) : all;
  if (request.declarationPeriod && inPeriod.length === 0) {
    const periods = [...new Set(all.map((r) => r.declarationPeriod))].join(', ');
    throw new CaudalError('not-found', `La declaración ${request.declarationPeriod} no está cargada (cargadas: ${periods})`);
  }
  if (!request.resolution) return inPeriod[0] ?? null;

  const [numberText, yearText] = request.resolution.split('-');
  const number = String(Number(numberText)).padStart(5, '0');
  const matches = inPeriod.filter((r) => r.number === number && (yearText === undefined || r.year === Number(yearText)));
  if (matches.length === 1) return matches[0]!;
  const choices = inPeriod.map((r) => `${r.id} (${r.declarationPeriod})`).join(', ');
  if (matches.length === 0) {
    throw new CaudalError('not-found', `La resolución ${request.resolution} no está cargada${request.declarationPeriod ? ` en la declaración ${request.declarationPeriod}` : ''}; disponibles: ${choices}`);
  }
  throw new CaudalError('validation', `Hay varias resoluciones ${number}: indique el año o la declaración (${matches.map((r) => `${r.id} en ${r.declarationPeriod}`).join(', ')})`);
}
