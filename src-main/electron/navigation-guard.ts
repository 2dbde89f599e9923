import type { WebContents } from 'electron';
import { officialLinkOf } from './external-links';

export interface NavigationGuardOptions {
  isAppUrl: (url: string) => boolean;
  /** Asks the analyst and opens an official publisher's page in the system browser. */
  openOfficialLink: (url: string, from: WebContents) => void;
}

/**
 * Every web contents of the app (attached through app 'web-contents-created', so none is missed) stays
 * on the app's own page: links elsewhere never replace it and never open an Electron window, which
 * would hold the bridge. Links to an official publisher go to the system browser after a confirmation.
 */
export function guardNavigation(contents: WebContents, options: NavigationGuardOptions): void {
  const { isAppUrl, openOfficialLink } = options;

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (officialLinkOf(event.url)) openOfficialLink(event.url, contents);
  });

  // A server redirect (dev server only; files never redirect) must not leave the app either.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (officialLinkOf(url)) openOfficialLink(url, contents);
    return { action: 'deny' };
  });

  // webviewTag is off in mainWindowOptions; this also stops one being attached by any other route.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
