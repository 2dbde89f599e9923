import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';

export interface Migration {
  up(db: Kysely<any>): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a migration sees the schema of its own time
}

/**
 * Static list, in order: a bundler sees every migration, and nothing is read from disk at run time.
 * Names are frozen once released.
 */
export const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [['0001-initial', m0001]];
