import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLocalized, useMessages } from '../i18n/language-context';
import { RefreshHeaderButton } from '../layout/refresh-header-button';
import { findPage, pages } from '../pages/page-registry';
import { RefreshCenter } from '../refresh/refresh-center';
import { formatHash } from '../router/hash-route';
import { useHashRouter } from '../router/use-hash-route';
import { appMessages } from './app-messages';
import { HeaderControls } from './header-controls';
import { NotFound } from './not-found';
import { Workspace } from './workspace';

const MAIN_ID = 'contenido';

/** The shell: title and switches on top, the pages on the left, the routed page in the middle. */
export function App() {
  const t = useMessages(appMessages);
  const localized = useLocalized();
  const { route } = useHashRouter();
  const [navigationOpen, navigation] = useDisclosure(false);
  const page = findPage(route.page);

  return (
    <RefreshCenter>
      <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }} padding="md">
        <AppShell.Header>
          <Anchor href={`#${MAIN_ID}`} className="caudal-skip-link" onClick={(event) => {
            // The fragment is the router's: move focus to the content without navigating.
            event.preventDefault();
            document.getElementById(MAIN_ID)?.focus();
          }}>
            {t('app.skipToContent')}
          </Anchor>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger opened={navigationOpen} onClick={navigation.toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openNavigation')} />
              <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
                {t('app.title')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="lg" truncate>
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <RefreshHeaderButton />
              <HeaderControls />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('app.navigation')}>
          <ScrollArea>
            {pages.map((entry) => (
              <NavLink
                key={entry.id}
                component="a"
                href={formatHash({ page: entry.id, params: {} })}
                label={localized(entry.label)}
                active={entry.id === page?.id}
                aria-current={entry.id === page?.id ? 'page' : undefined}
                onClick={navigation.close}
                data-testid={`nav-${entry.id}`}
              />
            ))}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          {page ? <Workspace page={page} params={route.params} /> : <NotFound page={route.page} />}
        </AppShell.Main>
      </AppShell>
    </RefreshCenter>
  );
}
