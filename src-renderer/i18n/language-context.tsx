import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { KeyValueStore } from '../storage/key-value-store';
import { storageKeys } from '../storage/key-value-store';
import { DEFAULT_LANGUAGE, isLanguage, translate, type Language, type Localized, type Messages, type MessageVars } from './define-messages';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: DEFAULT_LANGUAGE, setLanguage: () => {} });

/** BCP 47 tag for the document: screen readers pick their voice from it. */
export const documentLanguage: Readonly<Record<Language, string>> = { es: 'es-CO', en: 'en' };

export function readLanguage(store: KeyValueStore): Language {
  const stored = store.getItem(storageKeys.language);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Holds the chosen language, remembers it between launches and keeps `<html lang>` in step. */
export function LanguageProvider({ store, children }: { store: KeyValueStore; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => readLanguage(store));
  const setLanguage = useCallback(
    (next: Language) => {
      store.setItem(storageKeys.language, next);
      setLanguageState(next);
    },
    [store],
  );
  useEffect(() => {
    document.documentElement.lang = documentLanguage[language];
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/** `t` for one dictionary in the current language. */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const { language } = useLanguage();
  return useCallback((key: K, vars?: MessageVars) => translate(messages, language, key, vars), [messages, language]);
}

/** Picks a one-off `Localized` text in the current language. */
export function useLocalized(): (text: Localized) => string {
  const { language } = useLanguage();
  return useCallback((text: Localized) => text[language], [language]);
}
