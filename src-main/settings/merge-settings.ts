import type { AppSettings } from '../../src-shared/contract/settings';
import type { ParsedInput } from '../../src-shared/contract';

export type SettingsPatch = ParsedInput<'settings.update'>;

/**
 * Pure: the settings after a partial change. Only what the patch names changes; `null` removes a URL
 * override (back to the default) or a `ui` key; a source left with no overrides disappears.
 */
export function mergeSettings(current: AppSettings, patch: SettingsPatch): AppSettings {
  const schedules = { ...current.schedules };
  for (const [id, schedule] of entries(patch.schedules)) {
    if (schedule !== undefined) schedules[id] = schedule;
  }

  const sourceUrls: AppSettings['sourceUrls'] = { ...current.sourceUrls };
  for (const [id, roles] of entries(patch.sourceUrls)) {
    if (!roles) continue;
    const next: Record<string, string> = { ...sourceUrls[id] };
    for (const [role, url] of Object.entries(roles)) {
      if (url === null) delete next[role];
      else next[role] = url;
    }
    if (Object.keys(next).length > 0) sourceUrls[id] = next;
    else delete sourceUrls[id];
  }

  const ui = { ...current.ui };
  for (const [key, value] of Object.entries(patch.ui ?? {})) {
    if (value === null) delete ui[key];
    else ui[key] = value;
  }
  return { schedules, sourceUrls, ui };
}

function entries<K extends string, V>(record: Partial<Record<K, V>> | undefined): Array<[K, V | undefined]> {
  return Object.entries(record ?? {}) as Array<[K, V | undefined]>;
}
