import { isRefreshable } from '../../etl/refresh/refreshable-source';
import { fileSources } from '../../etl/sources/registry';
import { readSettings, updateSettings } from '../../settings/settings-store';
import { settingsView } from '../../settings/settings-view';
import type { DomainHandlers } from '../domain-handlers';

const downloadable = fileSources.filter(isRefreshable);

/** `settings.get` / `settings.update`: validated against the contract, then against what each source uses. */
export const settingsHandlers: DomainHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': async (_input, { db, refresh }) => settingsView(await readSettings(db), downloadable, refresh?.environment ?? {}),
  'settings.update': async (input, { db, events, refresh }) => {
    const settings = await updateSettings(db, input, downloadable);
    events?.emit('settings.changed', { settings });
    return settingsView(settings, downloadable, refresh?.environment ?? {});
  },
};
