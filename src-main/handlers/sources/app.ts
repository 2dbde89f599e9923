import { sourceFiles } from '../../db/queries/source-files';
import type { DomainHandlers } from '../domain-handlers';

export const sourcesHandlers: DomainHandlers<'sources.files'> = {
  'sources.files': (input, { db }) => sourceFiles(db, input),
};
