import type { z } from 'zod';

/**
 * Where the renderer keeps what must survive a relaunch (filters, saved views, language, theme):
 * `localStorage` of the page's origin. Electron's file:// page and `caudal serve` have different
 * origins, hence different stores; that is accepted, both are one analyst's machine.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Keys are versioned: a future shape gets a new key instead of misreading the old one. */
export const storageKeys = {
  filters: 'caudal.filters.v1',
  savedViews: 'caudal.saved-views.v1',
  language: 'caudal.language.v1',
  colorScheme: 'caudal.color-scheme.v1',
} as const;

/** Nothing is remembered, nothing fails: for browsers that refuse storage and for tests. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The page's localStorage, or a memory store when it is unavailable (storage disabled, quota full):
 * losing persistence must never stop the dashboard from working.
 */
export function browserStore(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    const probe = '__caudal_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Quota exceeded: keep working with what is in memory; the next launch starts from defaults.
        }
      },
      removeItem: (key) => storage.removeItem(key),
    };
  } catch {
    return memoryStore();
  }
}

/** Reads a JSON value checked against `schema`; anything missing, unparsable or invalid is null. */
export function readJson<S extends z.ZodType>(store: KeyValueStore, key: string, schema: S): z.output<S> | null {
  const text = store.getItem(key);
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function writeJson(store: KeyValueStore, key: string, value: unknown): void {
  store.setItem(key, JSON.stringify(value));
}
