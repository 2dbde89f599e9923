import type { Session, WebContents } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';

type SessionHooks = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export interface SessionHardeningOptions {
  contentSecurityPolicy: string;
  isAppUrl: (url: string) => boolean;
}

/**
 * The only permission a page of ours gets is writing sanitized text to the clipboard (the "copiar"
 * buttons next to figures). Camera, location, notifications, clipboard reading… are all refused, and
 * nothing at all is granted to a page that is not the app.
 */
export function isPermissionGranted(permission: string, pageUrl: string | undefined, isAppUrl: (url: string) => boolean): boolean {
  return permission === 'clipboard-sanitized-write' && pageUrl !== undefined && isAppUrl(pageUrl);
}

/** Applies the policy to every response of the session and answers every permission prompt. */
export function hardenSession(session: SessionHooks, options: SessionHardeningOptions): void {
  const { contentSecurityPolicy, isAppUrl } = options;

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, contentSecurityPolicy) });
  });

  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(isPermissionGranted(permission, pageUrlOf(webContents), isAppUrl));
  });

  session.setPermissionCheckHandler((webContents, permission) => isPermissionGranted(permission, pageUrlOf(webContents), isAppUrl));
}

function pageUrlOf(webContents: WebContents | null): string | undefined {
  return webContents && !webContents.isDestroyed() ? webContents.getURL() : undefined;
}
