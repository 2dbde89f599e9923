import type { Kysely } from 'kysely';
import type { Database } from '../db/database-types';
import { readSettings, updateSettings } from '../settings/settings-store';
import type { LastExportFolder } from './export-save-dialog';

/** A `ui` preference like the renderer's, so it travels with the rest of the analyst's settings. */
export const LAST_EXPORT_FOLDER_KEY = 'exports.lastFolder';

export function lastExportFolderIn(db: Kysely<Database>): LastExportFolder {
  return {
    async read() {
      const value = (await readSettings(db)).ui[LAST_EXPORT_FOLDER_KEY];
      return typeof value === 'string' ? value : null;
    },
    async write(folder) {
      await updateSettings(db, { ui: { [LAST_EXPORT_FOLDER_KEY]: folder } }, []);
    },
  };
}
