import type { RefreshableSource } from '../../refresh/refreshable-source';
import { defineFileSource } from '../source-definition';
import { fetchRoyalties, type RoyaltiesUrlRole } from './fetch-royalties';
import { loadRoyalties } from './load';
import { ROYALTIES_DATASET_ID } from './socrata-snapshot';
import { recogniseRoyaltyFile } from './transform/read-royalty-table';
import { transformRoyalties } from './transform/transform-royalties';
import { ANH_ROYALTIES_PUBLISHER, ANH_ROYALTIES_SOURCE, type RoyaltiesParse } from './types';

export const anhRoyaltiesDefaultUrls: Readonly<Record<RoyaltiesUrlRole, string>> = {
  metadata: `https://www.datos.gov.co/api/views/${ROYALTIES_DATASET_ID}.json`,
  data: `https://www.datos.gov.co/resource/${ROYALTIES_DATASET_ID}.json`,
};

const fileSource = defineFileSource<RoyaltiesParse>({
  id: ANH_ROYALTIES_SOURCE,
  publisher: ANH_ROYALTIES_PUBLISHER,
  title: 'ANH regalías de gas por campo (datos.gov.co)',
  recognise: (file) => recogniseRoyaltyFile(file) !== null,
  transform: transformRoyalties,
  load: loadRoyalties,
});

export const anhRoyaltiesSource: RefreshableSource = {
  ...fileSource,
  defaultUrls: anhRoyaltiesDefaultUrls,
  officialUrl: `https://www.datos.gov.co/d/${ROYALTIES_DATASET_ID}`,
  fetchNew: (ctx) => fetchRoyalties(ctx),
};
