import { anhProductionSource } from './anh-production';
import { anhRoyaltiesSource } from './anh-royalties';
import { daneTerritorySource } from './dane-territory';
import { mmeDeclarationSource } from './mme-declaration';
import type { FileSource } from './source-definition';
import { upmeDemandSource } from './upme-demand';

/** Every source that loads files, in the order their recognisers are asked. */
export const fileSources: readonly FileSource[] = [anhProductionSource, mmeDeclarationSource, upmeDemandSource, anhRoyaltiesSource, daneTerritorySource];
