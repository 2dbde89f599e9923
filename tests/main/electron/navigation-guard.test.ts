import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { FakeEvent, FakeWebContents } = (await import('electron')) as unknown as typeof FakeElectron;
const { guardNavigation } = await import('../../../src-main/electron/navigation-guard');

const appUrl = 'file:///opt/Caudal/dist-renderer/index.html';

function guarded() {
  const contents = new FakeWebContents();
  const openOfficialLink = vi.fn();
  guardNavigation(contents as unknown as WebContents, { isAppUrl: (url) => url.split('#')[0] === appUrl, openOfficialLink });
  const navigate = (eventName: string, url: string) => {
    const event = new FakeEvent({ url });
    contents.emit(eventName, event, url);
    return event;
  };
  return { contents, openOfficialLink, navigate };
}

describe('guardNavigation', () => {
  it('lets the app navigate within its own page', () => {
    const { navigate, openOfficialLink } = guarded();
    expect(navigate('will-navigate', `${appUrl}#/regalias`).defaultPrevented).toBe(false);
    expect(openOfficialLink).not.toHaveBeenCalled();
  });

  it('blocks navigation anywhere else', () => {
    const { navigate, openOfficialLink } = guarded();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///opt/Caudal/dist-renderer/other.html', 'javascript:alert(1)']) {
      expect(navigate('will-navigate', url).defaultPrevented, url).toBe(true);
    }
    expect(openOfficialLink).not.toHaveBeenCalled();
  });

  it('sends an official publisher link to the confirmation flow instead of navigating', () => {
    const { contents, navigate, openOfficialLink } = guarded();
    expect(navigate('will-navigate', 'https://www.anh.gov.co/estadisticas').defaultPrevented).toBe(true);
    expect(openOfficialLink).toHaveBeenCalledWith('https://www.anh.gov.co/estadisticas', contents);
  });

  it('blocks server redirects away from the app', () => {
    const { navigate } = guarded();
    expect(navigate('will-redirect', 'https://example.com/').defaultPrevented).toBe(true);
    expect(navigate('will-redirect', appUrl).defaultPrevented).toBe(false);
  });

  it('denies every window.open, handing official links to the confirmation flow', () => {
    const { contents, openOfficialLink } = guarded();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: appUrl })).toEqual({ action: 'deny' });
    expect(openOfficialLink).not.toHaveBeenCalled();
    expect(handler({ url: 'https://www.datos.gov.co/resource/j7js-yk74' })).toEqual({ action: 'deny' });
    expect(openOfficialLink).toHaveBeenCalledWith('https://www.datos.gov.co/resource/j7js-yk74', contents);
  });

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});
