import { Button, Code, Group, LoadingOverlay, Modal, Pagination, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { RejectedRow } from '../../src-shared/contract/etl';
import { sourceIds, type SourceId } from '../../src-shared/contract/sources';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { useLocalized, useMessages } from '../i18n/language-context';
import { sourceLabels, sourceShortLabels } from './source-labels';
import { sourcesMessages } from './sources-messages';

export const REJECTS_PAGE_SIZE = 25;

export interface RejectedRowsPanelProps {
  /** null: every source. */
  sourceId: SourceId | null;
  onSourceChange: (sourceId: SourceId | null) => void;
  dataVersion: number;
}

/** Rejected rows, paged on the service (etl.rejects), with each row's original values one click away. */
export function RejectedRowsPanel({ sourceId, onSourceChange, dataVersion }: RejectedRowsPanelProps) {
  const t = useMessages(sourcesMessages);
  const localized = useLocalized();
  const [page, setPage] = useState(1);
  const [shownRow, setShownRow] = useState<RejectedRow | null>(null);
  const input = useMemo(
    () => ({ ...(sourceId ? { sourceId } : {}), limit: REJECTS_PAGE_SIZE, offset: (page - 1) * REJECTS_PAGE_SIZE }),
    [sourceId, page],
  );
  const rejects = useCommand('etl.rejects', input, dataVersion);
  const sourceOptions = useMemo(
    () => [{ value: '', label: t('rejects.allSources') }, ...sourceIds.map((id) => ({ value: id, label: localized(sourceLabels[id]) }))],
    [t, localized],
  );
  const total = rejects.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REJECTS_PAGE_SIZE));

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id="rejected-rows">
              {t('rejects.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('rejects.intro')}
            </Text>
          </Stack>
          <Select
            label={t('rejects.source')}
            data={sourceOptions}
            value={sourceId ?? ''}
            onChange={(value) => {
              setPage(1);
              onSourceChange(value ? (value as SourceId) : null);
            }}
            allowDeselect={false}
            w={320}
            data-testid="rejects-source"
          />
        </Group>
        {rejects.status === 'error' ? (
          <ErrorNotice what={t('rejects.what')} error={rejects.error} onRetry={rejects.reload} />
        ) : rejects.data === null ? null : rejects.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="rejects-none">
            {t('rejects.none', { scope: sourceId ? t('rejects.noneScope') : '' })}
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={rejects.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <Text size="sm" data-testid="rejects-count" data-total={total}>
              {t('rejects.count', { total: formatNumber(total, 0) })}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs" data-testid="rejects-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rejects.source')}</Table.Th>
                    <Table.Th>{t('rejects.file')}</Table.Th>
                    <Table.Th>{t('rejects.sheet')}</Table.Th>
                    <Table.Th ta="right">{t('rejects.row')}</Table.Th>
                    <Table.Th>{t('rejects.reason')}</Table.Th>
                    <Table.Th>{t('rejects.values')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rejects.data.rows.map((row) => (
                    <Table.Tr key={row.id} data-testid="rejects-row" data-reason-code={row.reasonCode}>
                      <Table.Td>{localized(sourceShortLabels[row.sourceId])}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{row.fileName ?? '—'}</Table.Td>
                      <Table.Td>{row.sheet ?? '—'}</Table.Td>
                      <Table.Td ta="right">{row.row ?? '—'}</Table.Td>
                      <Table.Td>{row.reason}</Table.Td>
                      <Table.Td>
                        <Button variant="subtle" size="compact-xs" onClick={() => setShownRow(row)}>
                          {t('rejects.showValues')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('rejects.page')} />}
          </>
        )}
      </Stack>
      <Modal opened={shownRow !== null} onClose={() => setShownRow(null)} title={t('rejects.rawTitle', { row: shownRow?.row ?? '—' })} size="lg">
        {shownRow && (
          <Code block data-testid="rejects-raw">
            {JSON.stringify(shownRow.raw, null, 2)}
          </Code>
        )}
      </Modal>
    </Paper>
  );
}
