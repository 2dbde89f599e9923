import { Badge, Button, Group, LoadingOverlay, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { RunRecord } from '../../src-shared/contract/refresh-runs';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { formatTimestamp } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import type { RefreshKey } from '../refresh/describe-progress';
import { refreshMessages } from '../refresh/refresh-messages';
import { RunHistoryDetails } from './run-history-details';
import { sourceShortLabels } from './source-labels';
import { sourceStatusColors, sourceStatusKeys, triggerKeys } from './source-status-labels';
import { sourcesMessages } from './sources-messages';

export const HISTORY_PAGE_SIZE = 20;
const COLUMNS = 7;

export const runStatusKeys: Record<RunRecord['status'], RefreshKey> = {
  running: 'run.running',
  ok: 'run.ok',
  partial: 'run.partial',
  failed: 'run.failed',
  cancelled: 'run.cancelled',
};

export const runStatusColors: Record<RunRecord['status'], string> = { running: 'blue', ok: 'teal', partial: 'yellow', failed: 'red', cancelled: 'orange' };

/** Every run, newest first (`refresh.runs`): who started it, when, how it ended, and what each source did. */
export function RunHistoryPanel({ dataVersion }: { dataVersion: number }) {
  const t = useMessages(refreshMessages);
  const ts = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const localized = useLocalized();
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<number | null>(null);
  const runs = useCommand('refresh.runs', { limit: HISTORY_PAGE_SIZE, offset: (page - 1) * HISTORY_PAGE_SIZE }, dataVersion);
  const pages = Math.max(1, Math.ceil((runs.data?.total ?? 0) / HISTORY_PAGE_SIZE));

  return (
    <Paper withBorder radius="md" p="md" pos="relative" data-testid="run-history">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="historial">
            {t('history.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('history.intro')}
          </Text>
        </Stack>
        {runs.status === 'error' ? (
          <ErrorNotice what={t('history.what')} error={runs.error} onRetry={runs.reload} />
        ) : runs.data === null ? null : runs.data.runs.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="run-history-empty">
            {t('history.empty')}
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={runs.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <Table.ScrollContainer minWidth={820}>
              <Table striped verticalSpacing="xs" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('history.when')}</Table.Th>
                    <Table.Th>{t('history.trigger')}</Table.Th>
                    <Table.Th>{t('history.status')}</Table.Th>
                    <Table.Th>{t('history.sources')}</Table.Th>
                    <Table.Th ta="right">{t('history.downloaded')}</Table.Th>
                    <Table.Th ta="right">{t('history.rows')}</Table.Th>
                    <Table.Th ta="right">{t('history.rejects')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runs.data.runs.map((run) => (
                    <Fragment key={run.runId}>
                      <Table.Tr data-testid="run-history-row" data-run-id={run.runId} data-status={run.status} data-trigger={run.trigger}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatTimestamp(run.startedAt, language)}</Text>
                          <Text size="xs" c="dimmed">
                            → {run.finishedAt ? formatTimestamp(run.finishedAt, language) : t('history.notFinished')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(run.kind === 'import' ? 'history.kind.import' : 'history.kind.refresh')}</Text>
                          <Text size="xs" c="dimmed">
                            {ts(triggerKeys[run.trigger])}
                          </Text>
                        </Table.Td>
                        <Table.Td miw={150}>
                          <Stack gap={4} align="flex-start">
                            <Badge color={runStatusColors[run.status]} variant="light" miw="max-content">
                              {t(runStatusKeys[run.status])}
                            </Badge>
                            {run.error && (
                              <Text size="xs" c="red" lineClamp={2} maw={240} title={run.error} data-testid="run-history-error">
                                {run.error}
                              </Text>
                            )}
                            <Button variant="subtle" size="compact-xs" px={0} onClick={() => setExpanded((id) => (id === run.runId ? null : run.runId))} aria-expanded={expanded === run.runId}>
                              {expanded === run.runId ? t('history.hideDetails') : t('history.details')}
                            </Button>
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} maw={360}>
                            {run.sources.map((source) => (
                              <Badge
                                key={source.sourceId}
                                size="sm"
                                variant="light"
                                color={sourceStatusColors[source.status]}
                                tt="none"
                                miw="max-content"
                                title={ts(sourceStatusKeys[source.status])}
                                data-testid="run-history-source"
                                data-source-id={source.sourceId}
                                data-status={source.status}
                              >
                                {localized(sourceShortLabels[source.sourceId])}: {ts(sourceStatusKeys[source.status])}
                              </Badge>
                            ))}
                          </Group>
                        </Table.Td>
                        <Table.Td ta="right">{formatNumber(run.totals.filesDownloaded, 0)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(run.totals.rowsLoaded, 0)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(run.totals.rowsRejected, 0)}</Table.Td>
                      </Table.Tr>
                      {expanded === run.runId && (
                        <Table.Tr>
                          <Table.Td colSpan={COLUMNS}>
                            <RunHistoryDetails run={run} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('history.page')} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
