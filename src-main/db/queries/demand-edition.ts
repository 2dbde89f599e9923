import type { Generated, Kysely } from 'kysely';
import { CaudalError } from '../../../src-shared/contract';
import type { DemandScenario, DemandSector } from '../../../src-shared/contract/demand';
import type { Database } from '../database-types';

/**
 * Kysely's view of the demand tables (migration 0005-demand). Kept beside the demand queries; the
 * queries widen the shared `Database` with it.
 */
// A type alias, not an interface: `withTables` needs an index-signature-compatible shape.
export type DemandTables = {
  demand_book: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    entry_name: string | null;
    projection_start: string | null;
    first_period: string | null;
    last_period: string | null;
    rows_loaded: number;
  };
  demand_monthly: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    sheet: string;
    sheet_kind: 'scenarios' | 'regional' | 'sectoral' | 'nodal';
    row_number: number;
    cell_ref: string;
    sector: DemandSector;
    scenario: DemandScenario;
    area_kind: 'national' | 'region' | 'node';
    region: string | null;
    node_key: string | null;
    period: string;
    gbtud: number;
  };
  demand_node: { key: string; region: string; name: string };
  demand_check: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    sheet: string;
    kind: string;
    scope: string | null;
    status: 'reconciled' | 'not-reconciled';
    compared: number;
    failed: number;
    max_difference_gbtud: number;
    worst_period: string | null;
    detail: string;
  };
};

export type DemandDb = Kysely<Database & DemandTables>;

export function demandDb(db: Kysely<Database>): DemandDb {
  return db.withTables<DemandTables>() as unknown as DemandDb;
}

/** The newest edition loaded (editions are base years, so the highest), or null when none is. */
export async function newestDemandEdition(db: Kysely<Database>): Promise<string | null> {
  const row = await demandDb(db).selectFrom('demand_book').select((eb) => eb.fn.max('edition').as('edition')).executeTakeFirst();
  return row?.edition ?? null;
}

/** The edition asked for, which must be loaded, or the newest; null when no edition is loaded at all. */
export async function resolveDemandEdition(db: Kysely<Database>, asked: string | undefined): Promise<string | null> {
  if (asked === undefined) return newestDemandEdition(db);
  const found = await demandDb(db).selectFrom('demand_book').select('edition').where('edition', '=', asked).limit(1).executeTakeFirst();
  if (!found) {
    const loaded = await demandDb(db).selectFrom('demand_book').select('edition').distinct().orderBy('edition', 'desc').execute();
    const list = loaded.length ? `ediciones cargadas: ${loaded.map((r) => r.edition).join(', ')}` : 'no hay ninguna cargada';
    throw new CaudalError('not-found', `La edición ${asked} de la proyección de demanda no está cargada (${list})`);
  }
  return asked;
}
