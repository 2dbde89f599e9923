import type { AppSettings, SettingsView } from '../../src-shared/contract/settings';
import { defaultRefreshSchedules } from '../../src-shared/contract/settings';
import { resolveSourceUrls, sourceUrlEnvName, type Environment, type SourceWithUrls } from '../etl/settings/source-urls';

/**
 * `settings.get`: the settings, the defaults, and for every downloadable source each URL with where the
 * one in use comes from. An invalid override (only possible through the environment) is shown as it
 * is, so the screen explains what the next refresh will complain about.
 */
export function settingsView(settings: AppSettings, sources: readonly SourceWithUrls[], env: Environment): SettingsView {
  return {
    settings,
    defaults: { schedules: { ...defaultRefreshSchedules } },
    sources: sources.map((source) => {
      const resolved = safeResolve(source, env, settings);
      return {
        id: source.id as SettingsView['sources'][number]['id'],
        title: source.title,
        urls: Object.entries(source.defaultUrls).map(([role, defaultUrl]) => {
          const envName = sourceUrlEnvName(source.id, role);
          const fromEnv = env[envName];
          const fromSettings = settings.sourceUrls[source.id as keyof AppSettings['sourceUrls']]?.[role];
          const origin = fromEnv !== undefined ? 'environment' : fromSettings !== undefined ? 'settings' : 'default';
          return { role, defaultUrl, currentUrl: resolved?.[role] ?? fromEnv ?? fromSettings ?? defaultUrl, origin, environmentVariable: envName };
        }),
      };
    }),
  };
}

function safeResolve(source: SourceWithUrls, env: Environment, settings: AppSettings): Readonly<Record<string, string>> | null {
  try {
    return resolveSourceUrls(source, env, settings).urls;
  } catch {
    return null;
  }
}
