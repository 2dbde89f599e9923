import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const electron = (await import('electron')) as unknown as typeof FakeElectron;
const { confirmAndOpenExternal, externalLinkConfirmation, officialLinkOf, officialPublishers, openOfficialLink } = await import(
  '../../../src-main/electron/external-links'
);

describe('officialLinkOf', () => {
  it('recognises each publisher, on its own domain and its subdomains', () => {
    expect(officialLinkOf('https://www.anh.gov.co/documents/123/Produccion_Fiscalizada_Gas_2024.xlsx')?.publisher.domain).toBe('anh.gov.co');
    expect(officialLinkOf('https://normativame.minenergia.gov.co/normatividad/7046')?.publisher.domain).toBe('minenergia.gov.co');
    expect(officialLinkOf('https://docs.upme.gov.co/DemandayEficiencia/Documents/x.zip')?.publisher.domain).toBe('upme.gov.co');
    expect(officialLinkOf('https://www.datos.gov.co/resource/j7js-yk74')?.publisher.domain).toBe('datos.gov.co');
    expect(officialLinkOf('http://dane.gov.co/')?.publisher.domain).toBe('dane.gov.co');
  });

  it('answers the re-serialized URL that will reach the browser', () => {
    expect(officialLinkOf('https://WWW.ANH.GOV.CO/a b')?.href).toBe('https://www.anh.gov.co/a%20b');
  });

  it('refuses look-alike hosts', () => {
    for (const url of [
      'https://anh.gov.co.evil.example/',
      'https://evilanh.gov.co/',
      'https://anh-gov.co/',
      'https://www.anh.gov.co@evil.example/',
      'https://gov.co/',
    ]) {
      expect(officialLinkOf(url), url).toBeUndefined();
    }
  });

  it('refuses other schemes and URLs carrying credentials', () => {
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ftp://anh.gov.co/', 'smb://anh.gov.co/x', 'https://user:pw@www.anh.gov.co/', 'no es una url']) {
      expect(officialLinkOf(url), url).toBeUndefined();
    }
  });

  it('lists the five official publishers with an https homepage of their own domain', () => {
    expect(officialPublishers.map((publisher) => publisher.domain)).toEqual(['anh.gov.co', 'minenergia.gov.co', 'upme.gov.co', 'datos.gov.co', 'dane.gov.co']);
    for (const publisher of officialPublishers) {
      expect(officialLinkOf(publisher.homepage)?.publisher).toBe(publisher);
      expect(publisher.homepage.startsWith('https://')).toBe(true);
    }
  });
});

describe('confirmAndOpenExternal', () => {
  const url = 'https://www.upme.gov.co/simec';

  it('opens the page only after the analyst accepts', async () => {
    const confirm = vi.fn(async () => ({ response: 0 }));
    const openExternal = vi.fn(async () => {});
    await expect(confirmAndOpenExternal(url, { confirm, openExternal })).resolves.toBe('opened');
    expect(confirm).toHaveBeenCalledWith(externalLinkConfirmation(officialLinkOf(url)!));
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it('does nothing when the analyst cancels', async () => {
    const openExternal = vi.fn(async () => {});
    await expect(confirmAndOpenExternal(url, { confirm: async () => ({ response: 1 }), openExternal })).resolves.toBe('cancelled');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses any other link without even asking', async () => {
    const confirm = vi.fn(async () => ({ response: 0 }));
    const openExternal = vi.fn(async () => {});
    await expect(confirmAndOpenExternal('https://example.com/', { confirm, openExternal })).resolves.toBe('refused');
    expect(confirm).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('asks in Spanish, names the publisher and defaults to opening', () => {
    const options = externalLinkConfirmation(officialLinkOf(url)!);
    expect(options.buttons).toEqual(['Abrir en el navegador', 'Cancelar']);
    expect(options.message).toBe('¿Abrir esta página en su navegador?');
    expect(options.detail).toContain(url);
    expect(options.detail).toContain('Unidad de Planeación Minero Energética (UPME)');
    expect(options).toMatchObject({ defaultId: 0, cancelId: 1 });
  });
});

describe('openOfficialLink (Electron wiring)', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows the confirmation attached to the parent window, then calls shell.openExternal', async () => {
    const parent = new electron.BrowserWindow();
    openOfficialLink('https://www.dane.gov.co/', parent as never);
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.dane.gov.co/'));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(parent, expect.objectContaining({ title: 'Abrir enlace externo' }));
  });

  it('shows a free-standing confirmation when there is no window', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    openOfficialLink('https://www.dane.gov.co/', null);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ title: 'Abrir enlace externo' })));
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never opens a non-official link', async () => {
    openOfficialLink('https://example.com/', null);
    await Promise.resolve();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
