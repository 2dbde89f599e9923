import type { Kysely } from 'kysely';
import { CaudalError } from '../../../src-shared/contract';
import type { Database } from '../database-types';

/** The newest edition loaded (editions are base years, so the highest), or null when none is. */
export async function newestDemandEdition(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('demand_book').select((eb) => eb.fn.max('edition').as('edition')).executeTakeFirst();
  return row?.edition ?? null;
}

/** The edition asked for, which must be loaded, or the newest; null when no edition is loaded at all. */
export async function resolveDemandEdition(db: Kysely<Database>, asked: string | undefined): Promise<string | null> {
  if (asked === undefined) return newestDemandEdition(db);
  const found = await db.selectFrom('demand_book').select('edition').where('edition', '=', asked).limit(1).executeTakeFirst();
  if (!found) {
    const loaded = await db.selectFrom('demand_book').select('edition').distinct().orderBy('edition', 'desc').execute();
    const list = loaded.length ? `ediciones cargadas: ${loaded.map((r) => r.edition).join(', ')}` : 'no hay ninguna cargada';
    throw new CaudalError('not-found', `La edición ${asked} de la proyección de demanda no está cargada (${list})`);
  }
  return asked;
}
