import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database-types';
import { loadedResolutions } from '../../../db/queries/declaration-selection';

/**
 * Freshness for the sources panel: a declaration's months run ten years ahead, so what tells an analyst
 * how current it is is the resolution in force: "Resolución 01281 de 2025 (declaración 2025-2034)".
 */
export async function latestDeclarationResolution(db: Kysely<Database>): Promise<string | null> {
  const [latest] = await loadedResolutions(db);
  return latest ? `Resolución ${latest.number} de ${latest.year} (declaración ${latest.declarationPeriod})` : null;
}
