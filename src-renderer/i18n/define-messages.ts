/**
 * Caudal speaks Spanish first and English on request. Each area of the renderer keeps its texts in one
 * dictionary made with `defineMessages`: the English half must have exactly the Spanish keys, so a
 * missing translation is a type error rather than a blank label.
 */
export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];
export const DEFAULT_LANGUAGE: Language = 'es';

/** A text in both languages, for one-off labels (a page's name in the registry). */
export type Localized = Readonly<Record<Language, string>>;

export interface Messages<K extends string> {
  readonly es: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export type MessageKey<M> = M extends Messages<infer K> ? K : never;

/** Values put into a message's `{name}` placeholders. */
export type MessageVars = Readonly<Record<string, string | number>>;

export function defineMessages<K extends string>(es: Record<K, string>, en: Record<NoInfer<K>, string>): Messages<K> {
  return { es, en };
}

/**
 * The message in `language` with its `{name}` placeholders filled. A placeholder without a value stays
 * visible (`{name}`) so the omission shows up in review instead of printing "undefined".
 */
export function translate<K extends string>(messages: Messages<K>, language: Language, key: K, vars?: MessageVars): string {
  const template = messages[language][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : placeholder));
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
