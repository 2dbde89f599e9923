import { z } from 'zod';
import { appSettings, defaultRefreshSchedules, refreshSchedule, type AppSettings } from '../../src-shared/contract/settings';
import { sourceIds } from '../../src-shared/contract/sources';

/** The settings table holds one row per section; each is read on its own so one bad value spoils nothing else. */
export const settingsSections = ['schedules', 'sourceUrls', 'ui'] as const;
export type SettingsSection = (typeof settingsSections)[number];

/**
 * Reads a stored section leniently: a value Caudal cannot use (written by a newer version, edited by
 * hand) falls back to the default — for schedules source by source — and is reported to `warn`.
 */
export function readSection<S extends SettingsSection>(section: S, json: string | undefined, warn: (message: string) => void): AppSettings[S] {
  const stored = json === undefined ? undefined : parseJson(json);
  switch (section) {
    case 'schedules': {
      const schedules = { ...defaultRefreshSchedules };
      const record = z.record(z.string(), z.unknown()).safeParse(stored);
      for (const id of sourceIds) {
        const value = record.success ? record.data[id] : undefined;
        if (value === undefined) continue;
        const parsed = refreshSchedule.safeParse(value);
        if (parsed.success) schedules[id] = parsed.data;
        else warn(`frecuencia guardada inválida para ${id}: ${JSON.stringify(value)}; se usa ${schedules[id]}`);
      }
      return schedules as AppSettings[S];
    }
    case 'sourceUrls':
    case 'ui': {
      if (stored === undefined) return {} as AppSettings[S];
      const parsed = appSettings.shape[section].safeParse(stored);
      if (parsed.success) return parsed.data as AppSettings[S];
      warn(`configuración guardada inválida en «${section}»; se usan los valores por omisión`);
      return {} as AppSettings[S];
    }
  }
  throw new Error(`sección desconocida: ${String(section)}`);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
