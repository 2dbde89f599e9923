import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { SourceHealth } from '../../src-shared/contract/etl-sources';
import { ErrorNotice } from '../app/error-notice';
import { formatTimestamp } from '../format/period-format';
import { useLanguage, useMessages } from '../i18n/language-context';
import { ImportButton } from '../refresh/import-button';
import { isBusy, useRefresh } from '../refresh/refresh-context';
import { refreshMessages } from '../refresh/refresh-messages';
import { RefreshProgress } from '../refresh/refresh-progress';
import { offlineSources } from './offline-sources';

/**
 * Top of Fuentes: "Actualizar datos" for every source and "Importar archivos…", the live progress with
 * cancel while a run goes, and — prominently — the sources that could not be reached, with when they
 * will be tried again.
 */
export function RefreshPanel({ health }: { health: readonly SourceHealth[] | null }) {
  const t = useMessages(refreshMessages);
  const { language } = useLanguage();
  const refresh = useRefresh();
  const { view, starting, start, schedules, schedulerActive, statusError, reloadStatus } = refresh;
  const offline = health ? offlineSources(health, schedules, schedulerActive) : [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="refresh-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2} maw={640}>
            <Title order={2} size="h4">
              {t('panel.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('panel.intro')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button onClick={() => void start()} loading={starting} disabled={isBusy(refresh)} data-testid="refresh-panel-start">
              {t('button.refreshAll')}
            </Button>
            <ImportButton />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('import.hint')}
        </Text>
        {offline.length > 0 && (
          <Alert color="red" variant="filled" title={t('offline.title')} data-testid="offline-alert" role="alert">
            <Stack gap={6}>
              <List size="sm" spacing={4} c="white">
                {offline.map((source) => (
                  <List.Item key={source.sourceId} data-testid="offline-source" data-source-id={source.sourceId}>
                    <Text size="sm" c="white" span fw={600}>
                      {source.title}:
                    </Text>{' '}
                    {source.message}
                    {' · '}
                    {source.retryAt ? t('offline.retryAt', { when: formatTimestamp(source.retryAt, language) }) : t('offline.retryManual')}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" c="white">
                {t('offline.kept')}
              </Text>
            </Stack>
          </Alert>
        )}
        {statusError && <ErrorNotice what={t('panel.statusWhat')} error={statusError} onRetry={reloadStatus} />}
        {view.run ? (
          <RefreshProgress run={view.run} />
        ) : (
          <Text size="sm" c="dimmed" data-testid="refresh-idle">
            {t('panel.idle')}
          </Text>
        )}
        {!schedulerActive && schedules !== null && (
          <Text size="xs" c="dimmed" data-testid="scheduler-inactive">
            {t('panel.schedulerInactive')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
