import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from '../client/client-context';
import { useCommand } from '../client/use-command';
import type { FilterKey } from '../filters/dashboard-filters';
import { FilterBar } from '../filters/filter-bar';
import { useLocalized, useMessages } from '../i18n/language-context';
import { pageFilterKeys, pagePeriodSource, type PageDefinition } from '../pages/page-definition';
import { appMessages } from './app-messages';
import { ErrorNotice } from './error-notice';
import { NoDataState } from './no-data-state';
import { pageDataState } from './page-data';
import { WorkspaceContext, type Workspace as WorkspaceValue } from './workspace-context';

/**
 * Decides what the page area shows: the catalog says whether anything is loaded. A finished import or
 * refresh (`etl.progress` step `done`, `refresh.state` finished) re-reads everything, so no page shows
 * stale numbers. A page waits for one of the datasets it shows (`needsData`); the others (Fuentes,
 * Datos) work on an empty database too.
 */
export function Workspace({ page, params }: { page: PageDefinition; params: Readonly<Record<string, string>> }) {
  const t = useMessages(appMessages);
  const localized = useLocalized();
  const client = useClient();
  const [dataVersion, setDataVersion] = useState(0);
  const catalog = useCommand('catalog.dimensions', {}, dataVersion);
  // Rebuilt only when the list itself changes, so queries keyed on the page's filters do not re-run.
  const filterKeysId = pageFilterKeys(page, params).join(',');
  const filterKeys = useMemo(() => (filterKeysId ? (filterKeysId.split(',') as FilterKey[]) : []), [filterKeysId]);
  const periodSource = pagePeriodSource(page, params);

  useEffect(() => {
    const bump = () => setDataVersion((version) => version + 1);
    const off = [
      client.on('etl.progress', (progress) => {
        if (progress.step === 'done') bump();
      }),
      // The end of every run (imports send no `etl.progress`, cancelled sources no `done`).
      client.on('refresh.state', (state) => {
        if (state.phase === 'finished') bump();
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [client]);

  const heading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page.id);
  useEffect(() => {
    // After a navigation (not on first load) focus moves to the new page's title, as a screen reader expects.
    if (shownPage.current !== page.id) heading.current?.focus();
    shownPage.current = page.id;
  }, [page.id]);

  const workspace = useMemo<WorkspaceValue | null>(
    () => (catalog.data ? { catalog: catalog.data, dataVersion, pageFilters: filterKeys, periodSource } : null),
    [catalog.data, dataVersion, filterKeys, periodSource],
  );

  const dataState = workspace ? pageDataState(page.needsData, workspace.catalog) : null;

  let body: React.ReactNode;
  if (catalog.status === 'error') {
    body = <ErrorNotice what={t('catalog.what')} error={catalog.error} onRetry={catalog.reload} />;
  } else if (workspace === null) {
    body = (
      <Center mih={240} data-testid="catalog-loading">
        <Stack align="center" gap="xs">
          <Loader />
          <Text size="sm" c="dimmed">
            {t('catalog.loading')}
          </Text>
        </Stack>
      </Center>
    );
  } else if (dataState?.kind === 'empty' || dataState?.kind === 'missing') {
    body = <NoDataState state={dataState} onRecheck={catalog.reload} rechecking={catalog.status === 'loading'} />;
  } else {
    body = (
      <WorkspaceContext.Provider value={workspace}>
        <Stack gap="md">
          {filterKeys.length > 0 && <FilterBar keys={filterKeys} />}
          <page.Component key={page.id} />
        </Stack>
      </WorkspaceContext.Provider>
    );
  }

  const actions = page.Actions && workspace && dataState?.kind === 'ready' ? <page.Actions /> : null;
  return (
    <Stack gap="md" data-testid="page" data-page={page.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }} data-testid="page-title">
            {localized(page.label)}
          </Title>
          <Text size="sm" c="dimmed">
            {localized(page.summary)}
          </Text>
        </Stack>
        {actions && workspace && (
          <WorkspaceContext.Provider value={workspace}>
            <Group gap="xs" wrap="nowrap" data-testid="page-actions">
              {actions}
            </Group>
          </WorkspaceContext.Provider>
        )}
      </Group>
      {body}
    </Stack>
  );
}
