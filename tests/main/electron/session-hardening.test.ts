import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/content-security-policy';
import { hardenSession, isPermissionGranted } from '../../../src-main/electron/session-hardening';
import { FakeSession, FakeWebContents } from './fake-electron';

const appUrl = 'file:///opt/Caudal/dist-renderer/index.html';
const isAppUrl = (url: string) => url === appUrl;

function hardened() {
  const session = new FakeSession();
  hardenSession(session as never, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, isAppUrl });
  return session;
}

function pageAt(url: string): FakeWebContents {
  const contents = new FakeWebContents();
  contents.url = url;
  return contents;
}

describe('hardenSession', () => {
  it('puts the policy on every response', () => {
    const session = hardened();
    let response: unknown;
    session.headersListener!({ url: appUrl, responseHeaders: { 'content-security-policy': ['default-src *'] } }, (r) => (response = r));
    expect(response).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('refuses every permission request from the app except writing to the clipboard', () => {
    const session = hardened();
    const answers = new Map<string, boolean>();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'clipboard-sanitized-write']) {
      session.permissionRequestHandler!(pageAt(appUrl), permission, (granted) => answers.set(permission, granted));
    }
    expect(Object.fromEntries(answers)).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      'clipboard-read': false,
      openExternal: false,
      fullscreen: false,
      'clipboard-sanitized-write': true,
    });
  });

  it('grants nothing to a page that is not the app, nor to a destroyed or missing one', () => {
    const session = hardened();
    let granted: boolean | undefined;
    session.permissionRequestHandler!(pageAt('https://example.com/'), 'clipboard-sanitized-write', (answer) => (granted = answer));
    expect(granted).toBe(false);
    const destroyed = pageAt(appUrl);
    destroyed.destroyed = true;
    expect(session.permissionCheckHandler!(destroyed, 'clipboard-sanitized-write')).toBe(false);
    expect(session.permissionCheckHandler!(null, 'clipboard-sanitized-write')).toBe(false);
  });

  it('answers permission checks with the same rule', () => {
    const session = hardened();
    expect(session.permissionCheckHandler!(pageAt(appUrl), 'clipboard-sanitized-write')).toBe(true);
    expect(session.permissionCheckHandler!(pageAt(appUrl), 'media')).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('needs both the clipboard-write permission and an app page', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', appUrl, isAppUrl)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined, isAppUrl)).toBe(false);
    expect(isPermissionGranted('notifications', appUrl, isAppUrl)).toBe(false);
  });
});
