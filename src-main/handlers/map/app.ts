import { mapBoundaries } from '../../db/queries/map-boundaries';
import { mapValues } from '../../db/queries/map-values';
import type { DomainHandlers } from '../domain-handlers';

export const mapHandlers: DomainHandlers<'map.boundaries' | 'map.values'> = {
  'map.boundaries': (input, { db }) => mapBoundaries(db, input),
  'map.values': (input, { db }) => mapValues(db, input),
};
