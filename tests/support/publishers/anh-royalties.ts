import { royaltyFixtureRows, type ApiRow } from '../../main/etl/sources/anh-royalties/royalty-fixture';
import type { PublisherFixture, PublisherServer } from '../publisher-server';

/**
 * datos.gov.co serving dataset j7js-yk74 as Socrata does: the metadata view with `rowsUpdatedAt`, and
 * the resource API answering SoQL `$where=tipohidrocarburo='G'`, `$order=:id`, `$limit` (1,000 when
 * absent, as Socrata) and `$offset`, every value a string. No royalties sample exists: the rows are
 * the hand-written fixture (or any rows a test provides).
 */
export const royaltiesMetadataPath = '/api/views/j7js-yk74.json';
export const royaltiesResourcePath = '/resource/j7js-yk74.json';

const SOCRATA_DEFAULT_LIMIT = 1000;
const JSON_TYPE = 'application/json; charset=utf-8';

export interface RoyaltiesPublisherOptions {
  readonly rows?: readonly ApiRow[];
  /** Seconds since 1970, as Socrata writes it. */
  readonly rowsUpdatedAt?: number;
}

export interface RoyaltiesPublisher extends PublisherFixture {
  /** The publisher replaces the data (new rows) and its update time moves forward. */
  republish(rows?: readonly ApiRow[], rowsUpdatedAt?: number): void;
  readonly rowsUpdatedAt: number;
}

export function anhRoyaltiesPublisher(options: RoyaltiesPublisherOptions = {}): RoyaltiesPublisher {
  let rows: readonly ApiRow[] = options.rows ?? royaltyFixtureRows();
  let rowsUpdatedAt = options.rowsUpdatedAt ?? 1_761_926_400;
  return {
    sourceId: 'anh-royalties',
    get rowsUpdatedAt() {
      return rowsUpdatedAt;
    },
    install(server: PublisherServer) {
      server.route(royaltiesMetadataPath, () => ({
        body: JSON.stringify({ id: 'j7js-yk74', name: 'Consolidación de liquidación de regalías por campo', rowsUpdatedAt, viewLastModified: rowsUpdatedAt }),
        contentType: JSON_TYPE,
        etag: null,
        lastModified: null,
      }));
      server.route(royaltiesResourcePath, ({ url }) => ({ body: JSON.stringify(answer(rows, url.searchParams)), contentType: JSON_TYPE, etag: null, lastModified: null }));
      return { metadata: server.url(royaltiesMetadataPath), data: server.url(royaltiesResourcePath) };
    },
    republish(next, at) {
      rows = next ?? rows;
      rowsUpdatedAt = at ?? rowsUpdatedAt + 86_400;
    },
  };
}

/** The subset of SoQL the source uses; anything else answers like Socrata's 400 would be a test bug. */
function answer(rows: readonly ApiRow[], params: URLSearchParams): ApiRow[] | { error: true; message: string } {
  const where = params.get('$where');
  if (where !== null && where !== "tipohidrocarburo='G'") return { error: true, message: `filtro no soportado por el simulador: ${where}` };
  const order = params.get('$order');
  if (order !== null && order !== ':id') return { error: true, message: `orden no soportado por el simulador: ${order}` };
  const filtered = where === null ? rows : rows.filter((r) => r['tipohidrocarburo'] === 'G');
  const limit = Number(params.get('$limit') ?? SOCRATA_DEFAULT_LIMIT);
  const offset = Number(params.get('$offset') ?? 0);
  return filtered.slice(offset, offset + limit);
}
