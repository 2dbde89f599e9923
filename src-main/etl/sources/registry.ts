import { anhProductionSource } from './anh-production';
import type { FileSource } from './source-definition';

/** Every source that loads files, in the order their recognisers are asked. */
export const fileSources: readonly FileSource[] = [anhProductionSource];
