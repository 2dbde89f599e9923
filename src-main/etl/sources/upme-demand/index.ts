import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database-types';
import { newestDemandEdition } from '../../../db/queries/demand-edition';
import type { DownloadedFile, RefreshableSource, RefreshContext } from '../../refresh/refreshable-source';
import { fetchListedFiles } from '../fetch-listed-files';
import { defineFileSource } from '../source-definition';
import { discoverUpmeDemandFiles } from './discover';
import { loadUpmeDemand } from './load';
import { recogniseUpmeDemand } from './transform/open-books';
import { transformUpmeDemand } from './transform/transform';
import { editionCoverage, UPME_DEMAND_SOURCE, UPME_PUBLISHER, type UpmeDemandParse } from './types';

/**
 * UPME's "Proyecciones de demanda" page (SIMEC, planeación energética), which links each edition's gas
 * data zip. Settings or CAUDAL_URL_UPME_DEMAND_INDEX replace it.
 */
export const upmeDemandDefaultUrls = {
  index: 'https://www.upme.gov.co/simec/planeacion-energetica/proyeccion_de_demanda/',
} as const satisfies Record<string, string>;

/** The editions' zips that are new or changed since the last refresh (conditional GET, then sha256). */
export function fetchNewUpmeDemand(ctx: RefreshContext): Promise<DownloadedFile[]> {
  return fetchListedFiles(ctx, discoverUpmeDemandFiles);
}

const fileSource = defineFileSource<UpmeDemandParse>({
  id: UPME_DEMAND_SOURCE,
  publisher: UPME_PUBLISHER,
  title: 'UPME proyección de demanda de gas natural',
  recognise: recogniseUpmeDemand,
  transform: transformUpmeDemand,
  load: loadUpmeDemand,
});

export const upmeDemandSource: RefreshableSource = {
  ...fileSource,
  defaultUrls: upmeDemandDefaultUrls,
  officialUrl: upmeDemandDefaultUrls.index,
  fetchNew: fetchNewUpmeDemand,
  // A projection's "latest period" is decades ahead; what tells an analyst how fresh it is is the edition.
  latestPeriod: async (db: Kysely<Database>) => {
    const edition = await newestDemandEdition(db);
    return edition ? editionCoverage(edition) : null;
  },
};
