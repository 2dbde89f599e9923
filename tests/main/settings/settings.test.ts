import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { readSettings } from '../../../src-main/settings/settings-store';
import { mergeSettings } from '../../../src-main/settings/merge-settings';
import { sourceUrlEnvName } from '../../../src-main/etl/settings/source-urls';
import { createInProcessClient, type InProcessClient } from '../../../src-main/transports/in-process';
import { defaultAppSettings, defaultRefreshSchedules } from '../../../src-shared/contract/settings';

/** `settings.get` / `settings.update` on a real database: typed values, partial changes, Spanish errors. */
describe('settings', () => {
  let app: CaudalApp;
  let client: InProcessClient;
  let dataDir: string;
  const env = { [sourceUrlEnvName('upme-demand', 'index')]: 'http://127.0.0.1:9/upme/' };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-settings-'));
    app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite'), env });
    client = createInProcessClient(app.dispatcher);
  });
  afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts from the publishers’ rhythm, and shows each URL with where it comes from', async () => {
    const view = await client.send('settings.get');
    expect(view.settings).toEqual(defaultAppSettings);
    expect(view.settings.schedules).toEqual({ 'anh-production': 'daily', 'mme-declaration': 'daily', 'upme-demand': 'weekly', 'anh-royalties': 'weekly', 'dane-territory': 'monthly' });
    expect(view.defaults.schedules).toEqual(defaultRefreshSchedules);
    expect(view.sources.map((s) => s.id)).toEqual(['anh-production', 'mme-declaration', 'upme-demand', 'anh-royalties', 'dane-territory']);
    expect(view.sources.find((s) => s.id === 'anh-royalties')!.urls.map((u) => [u.role, u.origin, u.environmentVariable])).toEqual([
      ['metadata', 'default', 'CAUDAL_URL_ANH_ROYALTIES_METADATA'],
      ['data', 'default', 'CAUDAL_URL_ANH_ROYALTIES_DATA'],
    ]);
    expect(view.sources.find((s) => s.id === 'upme-demand')!.urls[0]).toMatchObject({ origin: 'environment', currentUrl: 'http://127.0.0.1:9/upme/' });
  });

  it('changes only what is given, keeps it across restarts, announces it, and null goes back to the default', async () => {
    const changed = vi.fn();
    app.events.subscribe((name, payload) => name === 'settings.changed' && changed(payload));
    const view = await client.send('settings.update', {
      schedules: { 'anh-production': 'manual', 'upme-demand': 'daily' },
      sourceUrls: { 'anh-production': { index: '  https://espejo.example.org/anh/  ' } },
      ui: { 'filtros.produccion': { desde: '2024-01', departamentos: ['85'] } },
    });
    expect(view.settings.schedules).toMatchObject({ 'anh-production': 'manual', 'upme-demand': 'daily', 'mme-declaration': 'daily' });
    expect(view.settings.sourceUrls).toEqual({ 'anh-production': { index: 'https://espejo.example.org/anh/' } });
    expect(view.sources[0]!.urls[0]).toMatchObject({ origin: 'settings', currentUrl: 'https://espejo.example.org/anh/' });
    expect(changed).toHaveBeenCalledWith({ settings: view.settings });

    // Another section alone leaves the rest as it was.
    await client.send('settings.update', { ui: { tema: 'oscuro' } });
    await app.close();
    app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite'), env });
    client = createInProcessClient(app.dispatcher);
    const reopened = await client.send('settings.get');
    expect(reopened.settings).toEqual({ ...view.settings, ui: { 'filtros.produccion': { desde: '2024-01', departamentos: ['85'] }, tema: 'oscuro' } });

    const reset = await client.send('settings.update', { sourceUrls: { 'anh-production': { index: null } }, ui: { tema: null }, schedules: { 'anh-production': 'daily' } });
    expect(reset.settings.sourceUrls).toEqual({});
    expect(reset.settings.ui).toEqual({ 'filtros.produccion': { desde: '2024-01', departamentos: ['85'] } });
    expect(reset.settings.schedules['anh-production']).toBe('daily');
    // The scheduler reads the same settings.
    expect((await client.send('refresh.status')).sources.find((s) => s.sourceId === 'upme-demand')!.schedule).toBe('daily');
  });

  it('refuses bad values with typed errors in Spanish, and changes nothing then', async () => {
    const refusals = await Promise.all([
      client.sendResult('settings.update', { schedules: { 'anh-production': 'hourly' } } as never),
      client.sendResult('settings.update', { sourceUrls: { 'anh-production': { index: 'ftp://anh.gov.co/' } } }),
      client.sendResult('settings.update', { sourceUrls: { 'anh-production': { metadata: 'https://anh.gov.co/x' } } }),
      client.sendResult('settings.update', { sourceUrls: { 'anh-production': { index: 'https://[::1' } } }),
      client.sendResult('settings.update', { schedules: { upme: 'daily' } } as never),
      client.sendResult('settings.update', { colores: {} } as never),
      client.sendResult('settings.update', { ui: { 'con espacio': 1 } }),
      client.sendResult('settings.update', { ui: { grande: 'x'.repeat(70_000) } }),
    ]);
    expect(refusals.map((r) => (r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`))).toEqual([
      'validation: Solicitud inválida en "schedules.anh-production": Frecuencia inválida: use diaria (daily), semanal (weekly), mensual (monthly) o solo a mano (manual)',
      'validation: Solicitud inválida en "sourceUrls.anh-production.index": Debe ser una dirección que empiece por http:// o https:// (o quedar vacía para desactivarla)',
      'validation: Configuración inválida en "sourceUrls.anh-production.metadata": ANH producción fiscalizada de gas no tiene la URL «metadata» (tiene: index)',
      'validation: Configuración inválida en "sourceUrls.anh-production.index": La URL de ANH producción fiscalizada de gas (index) no es una dirección http(s) válida: «https://[::1»',
      'validation: Solicitud inválida en "schedules": Fuente desconocida: «upme» (use una de: anh-production, anh-royalties, mme-declaration, upme-demand, dane-territory)',
      'validation: Solicitud inválida: Sección desconocida: «colores» (use schedules, sourceUrls o ui)',
      expect.stringMatching(/^validation: Solicitud inválida en "ui\.con espacio": Clave de preferencias inválida/),
      'validation: Solicitud inválida en "ui.grande": El valor guardado es demasiado grande (máximo 64 KB)',
    ]);
    expect((await client.send('settings.get')).settings).toEqual(defaultAppSettings);
  });

  it('reads a stored value it cannot use as the default, source by source', async () => {
    const write = (key: string, value: string) => app.database.sqlite.prepare("INSERT OR REPLACE INTO settings (key, value_json, updated_at) VALUES (?, ?, 'x')").run(key, value);
    write('schedules', JSON.stringify({ 'anh-production': 'manual', 'upme-demand': 'cada hora', otra: 'daily' }));
    write('sourceUrls', JSON.stringify({ 'anh-production': { index: 42 } }));
    const warnings: string[] = [];
    const settings = await readSettings(app.database.db, (message) => warnings.push(message));
    expect(settings).toEqual({ ...defaultAppSettings, schedules: { ...defaultRefreshSchedules, 'anh-production': 'manual' } });
    expect(warnings).toEqual(['frecuencia guardada inválida para upme-demand: "cada hora"; se usa weekly', 'configuración guardada inválida en «sourceUrls»; se usan los valores por omisión']);
  });

  it('a database busy with a refresh’s load answers a conflict to retry, not an internal error', async () => {
    const other = new (await import('better-sqlite3')).default(join(dataDir, 'caudal.sqlite'));
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    app.database.sqlite.pragma('busy_timeout = 0');
    try {
      expect(await client.sendResult('settings.update', { ui: { a: 1 } })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^La base de datos está ocupada/) } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('mergeSettings', () => {
  it('drops a source whose last URL override was removed', () => {
    const current = { ...defaultAppSettings, sourceUrls: { 'anh-royalties': { metadata: 'https://a/', data: 'https://b/' } } };
    expect(mergeSettings(current, { sourceUrls: { 'anh-royalties': { metadata: null } } }).sourceUrls).toEqual({ 'anh-royalties': { data: 'https://b/' } });
    expect(mergeSettings(current, { sourceUrls: { 'anh-royalties': { metadata: null, data: null } } }).sourceUrls).toEqual({});
    expect(mergeSettings(current, { sourceUrls: { 'anh-royalties': { data: '' } } }).sourceUrls).toEqual({ 'anh-royalties': { metadata: 'https://a/', data: '' } });
  });
});
