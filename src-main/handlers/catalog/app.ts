import { catalogDimensions } from '../../db/queries/catalog-dimensions';
import type { DomainHandlers } from '../domain-handlers';

export const catalogHandlers: DomainHandlers<'catalog.dimensions'> = {
  'catalog.dimensions': (_input, { db }) => catalogDimensions(db),
};
