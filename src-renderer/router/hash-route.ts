/**
 * Routes live in the URL fragment (`#/produccion?medida=quemado`): Electron loads the page from
 * file://, where the path cannot change, and `caudal serve` answers only `/`. The fragment also never
 * reaches the server, so a route can be bookmarked or shared without leaking anything.
 */
export interface HashRoute {
  /** The page id, e.g. `produccion`; empty for the landing page. */
  page: string;
  /** Page-local state (chosen measure, tab…), as plain strings. */
  params: Readonly<Record<string, string>>;
}

/** `#/produccion?medida=quemado` → `{ page: 'produccion', params: { medida: 'quemado' } }`. */
export function parseHash(hash: string): HashRoute {
  const text = hash.replace(/^#/, '').replace(/^\/+/, '');
  const queryAt = text.indexOf('?');
  const pathPart = queryAt === -1 ? text : text.slice(0, queryAt);
  const query = queryAt === -1 ? '' : text.slice(queryAt + 1);
  let page: string;
  try {
    page = decodeURIComponent(pathPart.split('/')[0] ?? '').toLowerCase();
  } catch {
    page = ''; // a malformed escape: treat as the landing page rather than crash
  }
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) params[key] = value;
  return { page, params };
}

/** The inverse of `parseHash`; params are written in key order so one state has one URL. */
export function formatHash(route: HashRoute): string {
  const entries = Object.entries(route.params)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(entries).toString();
  return `#/${encodeURIComponent(route.page)}${query ? `?${query}` : ''}`;
}

/** The route with some params changed; `null` removes a param. */
export function withParams(route: HashRoute, changes: Readonly<Record<string, string | null>>): HashRoute {
  const params: Record<string, string> = { ...route.params };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete params[key];
    else params[key] = value;
  }
  return { page: route.page, params };
}
