import type { Kysely } from 'kysely';
import { CaudalError } from '../../src-shared/contract';
import type { AppSettings } from '../../src-shared/contract/settings';
import type { Database } from '../db/database-types';
import type { SourceWithUrls } from '../etl/settings/source-urls';
import { checkSourceUrlPatch } from './check-source-urls';
import { mergeSettings, type SettingsPatch } from './merge-settings';
import { readSection, settingsSections, type SettingsSection } from './settings-sections';

/** At most this many `ui` keys are kept: the renderer's preferences, not a database. */
export const MAX_STORED_UI_KEYS = 1000;

export type SettingsWarning = (message: string) => void;

const defaultWarn: SettingsWarning = (message) => console.warn(`[caudal] ${message}`);

/** The analyst's settings, every section present (defaults where nothing valid is stored). */
export async function readSettings(db: Kysely<Database>, warn: SettingsWarning = defaultWarn): Promise<AppSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value_json']).where('key', 'in', [...settingsSections]).execute();
  const stored = new Map(rows.map((row) => [row.key, row.value_json]));
  return {
    schedules: readSection('schedules', stored.get('schedules'), warn),
    sourceUrls: readSection('sourceUrls', stored.get('sourceUrls'), warn),
    ui: readSection('ui', stored.get('ui'), warn),
  };
}

/**
 * Applies a validated partial change and stores the sections it touched, in one transaction. URLs are
 * checked against what each source really uses; a database busy with a refresh's load is a `conflict`
 * the analyst can retry, never an internal error.
 */
export async function updateSettings(db: Kysely<Database>, patch: SettingsPatch, sources: readonly SourceWithUrls[], now: Date = new Date()): Promise<AppSettings> {
  checkSourceUrlPatch(patch, sources);
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await readSettings(trx);
      const next = mergeSettings(current, patch);
      if (Object.keys(next.ui).length > MAX_STORED_UI_KEYS) {
        throw new CaudalError('validation', `Demasiadas preferencias guardadas (máximo ${MAX_STORED_UI_KEYS}); borre algunas con null`, [{ path: 'ui', message: 'Demasiadas claves' }]);
      }
      const changed = settingsSections.filter((section) => section in patch && patch[section] !== undefined);
      for (const section of changed) await writeSection(trx, section, next[section], now);
      return next;
    });
  } catch (error) {
    if (isBusy(error)) {
      throw new CaudalError('conflict', 'La base de datos está ocupada guardando una actualización de datos; intente de nuevo en unos segundos.');
    }
    throw error;
  }
}

async function writeSection(db: Kysely<Database>, key: SettingsSection, value: unknown, now: Date): Promise<void> {
  const row = { key, value_json: JSON.stringify(value), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, updated_at: row.updated_at }))
    .execute();
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
