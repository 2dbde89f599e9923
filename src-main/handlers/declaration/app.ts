import { declarationResolutions } from '../../db/queries/declaration-resolutions';
import { declarationSeries } from '../../db/queries/declaration-series';
import type { DomainHandlers } from '../domain-handlers';

export const declarationHandlers: DomainHandlers<'declaration.series' | 'declaration.resolutions'> = {
  'declaration.series': (input, { db }) => declarationSeries(db, input),
  'declaration.resolutions': (input, { db }) => declarationResolutions(db, input),
};
