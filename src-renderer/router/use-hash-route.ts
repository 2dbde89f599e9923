import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatHash, parseHash, withParams, type HashRoute } from './hash-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** Opens a page: a new history entry, so the browser's back button (and Alt+←) returns. */
export function navigate(route: HashRoute): void {
  window.location.hash = formatHash(route);
}

/**
 * Changes the current page's params in place (no new history entry: changing a tab is not a place to
 * go back to). `location.replace` with only a new fragment does not reload the page.
 */
export function replaceRoute(route: HashRoute): void {
  const hash = formatHash(route);
  if (hash === window.location.hash) return;
  window.location.replace(hash);
}

export interface HashRouter {
  route: HashRoute;
  navigate: (route: HashRoute) => void;
  /** Sets (or, with null, removes) params of the current page. */
  setParams: (changes: Readonly<Record<string, string | null>>) => void;
}

/** The current route, re-read on every `hashchange` (links, back/forward, typed URLs). */
export function useHashRouter(): HashRouter {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  const route = useMemo(() => parseHash(hash), [hash]);
  const setParams = useCallback((changes: Readonly<Record<string, string | null>>) => {
    replaceRoute(withParams(parseHash(window.location.hash), changes));
  }, []);
  return { route, navigate, setParams };
}
