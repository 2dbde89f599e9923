import { sql, type Kysely } from 'kysely';
import { CaudalError, type CommandOutput, type ParsedInput } from '../../../src-shared/contract';
import type { MapLevel } from '../../../src-shared/contract/map';
import type { Database } from '../database-types';

type BoundariesInput = ParsedInput<'map.boundaries'>;
type BoundariesOutput = CommandOutput<'map.boundaries'>;
type Feature = BoundariesOutput['features'][number];

const levelNames: Record<MapLevel, string> = { department: 'departamentos', municipality: 'municipios' };

/**
 * The loaded boundaries of a level as a GeoJSON FeatureCollection whose features carry the DIVIPOLA code
 * (as `id` and `properties.code`) and the official name: the DIVIPOLA list's name when loaded, else the
 * name in the boundaries file.
 */
export async function mapBoundaries(db: Kysely<Database>, input: BoundariesInput): Promise<BoundariesOutput> {
  const rows = await db
    .selectFrom('territory_boundary')
    .leftJoin('department', 'department.code', 'territory_boundary.code')
    .leftJoin('territory_municipality', 'territory_municipality.code', 'territory_boundary.code')
    .select([
      'territory_boundary.code',
      'territory_boundary.name',
      // Codes of the two levels never collide (2 vs 5 digits), so each join only finds its own level.
      sql<string | null>`coalesce(department.name, territory_municipality.name)`.as('officialName'),
      'territory_boundary.geometry_json',
      'territory_boundary.source_file_id',
    ])
    .where('territory_boundary.level', '=', input.level)
    .orderBy('territory_boundary.code')
    .execute();
  const first = rows[0];
  if (!first) {
    throw new CaudalError(
      'not-found',
      `No hay límites de ${levelNames[input.level]} cargados. Importe los límites (GeoJSON) o actualice la fuente DANE.`,
    );
  }
  const file = await db
    .selectFrom('source_file')
    .select(['id', 'file_name', 'coverage', 'imported_at'])
    .where('id', '=', first.source_file_id)
    .executeTakeFirstOrThrow();
  return {
    type: 'FeatureCollection',
    level: input.level,
    source: { fileId: file.id, fileName: file.file_name, coverage: file.coverage, importedAt: file.imported_at },
    features: rows.map(
      (r): Feature => ({
        type: 'Feature',
        id: r.code,
        properties: { code: r.code, name: r.officialName ?? r.name },
        geometry: JSON.parse(r.geometry_json) as Feature['geometry'],
      }),
    ),
  };
}
