import { EtlError } from '../etl-error';

/**
 * Where each source's URLs come from. Every official URL is a default: the analyst can replace it in
 * Settings (a mirror, a new address after the publisher moves a page) and an environment variable
 * replaces both (tests and scripts point sources at a local server).
 */
export interface SourceUrlSettings {
  /** By source id, then by role (`index`, `metadata`, …): the URL set in Settings. */
  readonly sourceUrls?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export type UrlOrigin = 'default' | 'settings' | 'environment';

export interface ResolvedSourceUrls {
  readonly urls: Readonly<Record<string, string>>;
  /** Where each role's URL came from, for the sources panel ("URL configurada"). */
  readonly origins: Readonly<Record<string, UrlOrigin>>;
}

/** What the resolver needs to know of a source. */
export interface SourceWithUrls {
  readonly id: string;
  readonly title: string;
  readonly defaultUrls: Readonly<Record<string, string>>;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** `CAUDAL_URL_<SOURCE_ID>_<ROLE>` in upper snake case: `anh-production` + `index` → `CAUDAL_URL_ANH_PRODUCTION_INDEX`. */
export function sourceUrlEnvName(sourceId: string, role: string): string {
  return `CAUDAL_URL_${upperSnake(sourceId)}_${upperSnake(role)}`;
}

/**
 * The URLs a source uses now: environment over settings over defaults, role by role. Only the source's
 * own roles are read. An override set to empty text switches that URL off (a source may then skip the
 * download, or say it has no URL); any other override must be an absolute http(s) URL, else it is an
 * error for that source, never a silent fallback to the default (the analyst asked for another address).
 */
export function resolveSourceUrls(source: SourceWithUrls, env: Environment, settings: SourceUrlSettings = {}): ResolvedSourceUrls {
  const urls: Record<string, string> = {};
  const origins: Record<string, UrlOrigin> = {};
  const fromSettings = settings.sourceUrls?.[source.id] ?? {};
  for (const [role, defaultUrl] of Object.entries(source.defaultUrls)) {
    const envName = sourceUrlEnvName(source.id, role);
    const envValue = env[envName];
    const settingsValue = fromSettings[role];
    if (envValue !== undefined) {
      urls[role] = checked(envValue, source, `la variable de entorno ${envName}`);
      origins[role] = 'environment';
    } else if (settingsValue !== undefined) {
      urls[role] = checked(settingsValue, source, `la configuración (${role})`);
      origins[role] = 'settings';
    } else {
      urls[role] = defaultUrl;
      origins[role] = 'default';
    }
  }
  return { urls, origins };
}

function checked(raw: string, source: SourceWithUrls, where: string): string {
  const value = raw.trim();
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(value, source, where);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(value, source, where);
  return url.href;
}

function invalid(value: string, source: SourceWithUrls, where: string): EtlError {
  return new EtlError('bad-url-setting', `La URL de ${source.title} definida en ${where} no es una dirección http(s) válida: «${value.slice(0, 200)}»`);
}

function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
