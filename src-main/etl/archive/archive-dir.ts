import { dirname, join } from 'node:path';

/** The archive lives beside its database, so copying the data folder copies the evidence too. */
export function archiveDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'archivo');
}
