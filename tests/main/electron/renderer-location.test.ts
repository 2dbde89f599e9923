import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveRendererLocation, type RendererLocation } from '../../../src-main/electron/renderer-location';

const indexPath = '/opt/Caudal/resources/app.asar/dist-renderer/index.html';
const fileLocation = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, rendererIndexPath: indexPath });

describe('resolveRendererLocation', () => {
  it('loads the built renderer from disk by default', () => {
    expect(fileLocation).toEqual({ kind: 'file', filePath: indexPath, url: pathToFileURL(indexPath).href });
  });

  it('uses a loopback dev server when running from source', () => {
    const location = resolveRendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', rendererIndexPath: indexPath });
    expect(location).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
  });

  it('ignores CAUDAL_DEV_SERVER_URL in an installed app, so the environment cannot redirect the window', () => {
    const location = resolveRendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', rendererIndexPath: indexPath });
    expect(location.kind).toBe('file');
  });

  it('treats an empty variable as unset', () => {
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: '  ', rendererIndexPath: indexPath }).kind).toBe('file');
  });

  it('refuses a dev server that is not on this machine, or not http', () => {
    for (const url of ['http://example.com:5173', 'https://192.168.1.20:5173', 'file:///tmp/index.html', 'ftp://localhost/']) {
      expect(() => resolveRendererLocation({ isPackaged: false, devServerUrl: url, rendererIndexPath: indexPath })).toThrow(/servidor local/);
    }
  });

  it('explains an unparsable dev server URL', () => {
    expect(() => resolveRendererLocation({ isPackaged: false, devServerUrl: 'localhost:5173', rendererIndexPath: indexPath })).toThrow(
      /servidor local|no es una URL válida/,
    );
    expect(() => resolveRendererLocation({ isPackaged: false, devServerUrl: '::nope', rendererIndexPath: indexPath })).toThrow(/no es una URL válida/);
  });
});

describe('isAppUrl for the built renderer', () => {
  const appUrl = pathToFileURL(indexPath).href;

  it('accepts the index page with any route in the hash or query', () => {
    expect(isAppUrl(fileLocation, appUrl)).toBe(true);
    expect(isAppUrl(fileLocation, `${appUrl}#/produccion?anio=2024`)).toBe(true);
    expect(isAppUrl(fileLocation, `${appUrl}?vista=mapa`)).toBe(true);
  });

  it('rejects any other file, including siblings and parent folders', () => {
    expect(isAppUrl(fileLocation, pathToFileURL('/opt/Caudal/resources/app.asar/dist-renderer/other.html').href)).toBe(false);
    expect(isAppUrl(fileLocation, pathToFileURL('/home/analista/Descargas/index.html').href)).toBe(false);
    expect(isAppUrl(fileLocation, 'file:///opt/Caudal/resources/app.asar/dist-renderer/../dist-renderer/evil.html')).toBe(false);
  });

  it('rejects the same path on another host (UNC share) and on other schemes', () => {
    expect(isAppUrl(fileLocation, `file://servidor${new URL(appUrl).pathname}`)).toBe(false);
    expect(isAppUrl(fileLocation, `http://localhost${new URL(appUrl).pathname}`)).toBe(false);
    expect(isAppUrl(fileLocation, 'about:blank')).toBe(false);
    expect(isAppUrl(fileLocation, 'no es una url')).toBe(false);
  });

  it('matches the way Chromium spells the same file (percent-encoding, drive letter case)', () => {
    const withSpaces: RendererLocation = { kind: 'file', filePath: 'C:\\Program Files\\Caudal\\index.html', url: 'file:///c:/Program%20Files/Caudal/Jos%C3%A9/index.html' };
    expect(isAppUrl(withSpaces, 'file:///C:/Program%20Files/Caudal/José/index.html')).toBe(true);
    expect(isAppUrl(withSpaces, 'file:///D:/Program%20Files/Caudal/José/index.html')).toBe(false);
  });
});

describe('isAppUrl for the dev server', () => {
  const location = resolveRendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/', rendererIndexPath: indexPath });

  it('accepts any page of the same origin', () => {
    expect(isAppUrl(location, 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl(location, 'http://localhost:5173/src/main.tsx?t=1')).toBe(true);
  });

  it('rejects other ports, hosts and the built files', () => {
    expect(isAppUrl(location, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(location, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl(location, 'https://localhost:5173/')).toBe(false);
    expect(isAppUrl(location, pathToFileURL(indexPath).href)).toBe(false);
  });
});
