import { MantineProvider, localStorageColorSchemeManager, type MantineColorSchemeManager } from '@mantine/core';
import type { ReactNode } from 'react';
import { ClientProvider } from '../client/client-context';
import type { CaudalClient } from '../client/create-client';
import { FiltersProvider } from '../filters/filters-context';
import { LanguageProvider } from '../i18n/language-context';
import { storageKeys, type KeyValueStore } from '../storage/key-value-store';
import { caudalTheme } from './theme';

export interface AppProvidersProps {
  client: CaudalClient;
  /** Where language, filters and views persist (localStorage in the app, memory in tests). */
  store: KeyValueStore;
  /** Mantine's: `test` turns off transitions and portals' delays. */
  env?: 'default' | 'test';
  colorSchemeManager?: MantineColorSchemeManager;
  children: ReactNode;
}

const defaultColorSchemeManager = localStorageColorSchemeManager({ key: storageKeys.colorScheme });

/** Everything a page needs around it: theme and colour scheme, language, shared filters and the contract client. */
export function AppProviders({ client, store, env = 'default', colorSchemeManager = defaultColorSchemeManager, children }: AppProvidersProps) {
  return (
    <MantineProvider theme={caudalTheme} defaultColorScheme="light" colorSchemeManager={colorSchemeManager} env={env}>
      <LanguageProvider store={store}>
        <FiltersProvider store={store}>
          <ClientProvider client={client}>{children}</ClientProvider>
        </FiltersProvider>
      </LanguageProvider>
    </MantineProvider>
  );
}
