import { SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { sourceId as sourceIdSchema, type SourceId } from '../../src-shared/contract/sources';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { useMessages } from '../i18n/language-context';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { RefreshPanel } from './refresh-panel';
import { RejectedRowsPanel } from './rejected-rows-panel';
import { RunHistoryPanel } from './run-history-panel';
import { SourceHealthCard } from './source-health-card';
import { sourcesMessages } from './sources-messages';

/** Route param holding the source whose rejected rows are listed (`#/fuentes?rechazos=anh-royalties`). */
const REJECTS_PARAM = 'rechazos';

/** Fuentes: refresh and import, the health of every source with its files and schedule, the rejected rows and the history of runs. */
function SourcesPage() {
  const t = useMessages(sourcesMessages);
  const { dataVersion } = useWorkspace();
  const { route, setParams } = useHashRouter();
  const health = useCommand('etl.sources', {}, dataVersion);
  const parsedSource = sourceIdSchema.safeParse(route.params[REJECTS_PARAM]);
  const rejectsSource: SourceId | null = parsedSource.success ? parsedSource.data : null;

  const showRejects = (sourceId: SourceId | null) => {
    setParams({ [REJECTS_PARAM]: sourceId });
    document.getElementById('rejected-rows')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Stack gap="md">
      <RefreshPanel health={health.data?.sources ?? null} />
      {health.status === 'error' ? (
        <ErrorNotice what={t('health.what')} error={health.error} onRetry={health.reload} />
      ) : health.data === null ? (
        <Skeleton height={220} data-testid="source-health-loading" />
      ) : health.data.sources.length === 0 ? (
        <Text c="dimmed">{t('health.empty')}</Text>
      ) : (
        <SimpleGrid cols={1} spacing="md" data-testid="source-health-list">
          {health.data.sources.map((source) => (
            <SourceHealthCard key={source.id} source={source} dataVersion={dataVersion} onShowRejects={() => showRejects(source.id)} />
          ))}
        </SimpleGrid>
      )}
      <RejectedRowsPanel key={rejectsSource ?? 'all'} sourceId={rejectsSource} onSourceChange={(id) => setParams({ [REJECTS_PARAM]: id })} dataVersion={dataVersion} />
      <RunHistoryPanel dataVersion={dataVersion} />
    </Stack>
  );
}

export const sourcesPage = definePage({
  id: 'fuentes',
  label: { es: 'Fuentes', en: 'Sources' },
  summary: {
    es: 'De dónde vienen los datos: actualizar o importar, estado de cada fuente oficial, sus archivos, las filas rechazadas y el historial.',
    en: 'Where the data comes from: update or import, health of each official source, its files, the rejected rows and the history.',
  },
  filters: [],
  needsData: [],
  Component: SourcesPage,
});
