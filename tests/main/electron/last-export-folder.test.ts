import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { LAST_EXPORT_FOLDER_KEY, lastExportFolderIn } from '../../../src-main/electron/last-export-folder';
import { readSettings } from '../../../src-main/settings/settings-store';

describe('the last export folder', () => {
  let app: CaudalApp;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-last-folder-'));
    app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite') });
  });
  afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is kept in the settings, beside the other preferences, and survives reading them back', async () => {
    await app.dispatcher.dispatch('settings.update', { ui: { 'vistas.guardadas': [1, 2] } });
    const folder = lastExportFolderIn(app.database.db);
    expect(await folder.read()).toBeNull();
    await folder.write('/home/ana/Informes');
    expect(await folder.read()).toBe('/home/ana/Informes');
    const settings = await readSettings(app.database.db);
    expect(settings.ui).toEqual({ 'vistas.guardadas': [1, 2], [LAST_EXPORT_FOLDER_KEY]: '/home/ana/Informes' });
  });
});
