import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-territory';
import * as m0003 from './0003-royalties';
import * as m0004 from './0004-declaration';
import * as m0005 from './0005-demand';
import * as m0006 from './0006-refresh-runs';
import * as m0007 from './0007-settings';
import * as m0008 from './0008-failed-downloads';
import * as m0009 from './0009-query-indexes';
import * as m0010 from './0010-search-indexes';
import * as m0011 from './0011-fact-versions';

export interface Migration {
  up(db: Kysely<any>): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a migration sees the schema of its own time
}

/**
 * Static list, in order: a bundler sees every migration, and nothing is read from disk at run time.
 * Names are frozen once released.
 */
export const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-initial', m0001],
  ['0002-territory', m0002],
  ['0003-royalties', m0003],
  ['0004-declaration', m0004],
  ['0005-demand', m0005],
  ['0006-refresh-runs', m0006],
  ['0007-settings', m0007],
  ['0008-failed-downloads', m0008],
  ['0009-query-indexes', m0009],
  ['0010-search-indexes', m0010],
  ['0011-fact-versions', m0011],
];
