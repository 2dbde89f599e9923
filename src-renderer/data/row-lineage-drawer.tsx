import { Anchor, Code, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import type { DatasetId } from '../../src-shared/contract/data';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatTimestamp } from '../format/period-format';
import { useLanguage, useMessages } from '../i18n/language-context';
import { dataMessages } from './data-messages';

export interface RowLineageDrawerProps {
  dataset: DatasetId;
  /** The row's key from `data.rows`; null closes the drawer. */
  rowKey: string | null;
  /** How the row reads on screen ("ABANICO · ene 2024"), repeated at the top. */
  rowLabel: string;
  onClose: () => void;
}

/** "¿De dónde sale este número?" for one row: the file, sheet and row it was read from, with the file's evidence. */
export function RowLineageDrawer({ dataset, rowKey, rowLabel, onClose }: RowLineageDrawerProps) {
  const t = useMessages(dataMessages);
  const { language } = useLanguage();
  const lineage = useCommand('data.lineage', rowKey === null ? null : { dataset, key: rowKey });
  const data = lineage.data;
  return (
    <Drawer opened={rowKey !== null} onClose={onClose} position="right" size="lg" title={t('lineage.title')}>
      <Stack gap="sm" data-testid="row-lineage" data-loading={lineage.status === 'loading'}>
        <Text size="sm" c="dimmed">
          {rowLabel}
        </Text>
        {lineage.status === 'error' ? (
          <ErrorNotice what={t('lineage.what')} error={lineage.error} onRetry={lineage.reload} />
        ) : data === null || lineage.status === 'loading' ? (
          <Loader size="sm" />
        ) : (
          <>
            <Text size="sm">{t('lineage.intro')}</Text>
            <Table withRowBorders={false} verticalSpacing={4} fz="sm">
              <Table.Tbody>
                <Row label={t('lineage.file')} testId="row-lineage-file">
                  <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                    {data.file.name}
                  </Text>
                </Row>
                <Row label={t('lineage.publisher')}>{data.file.publisher}</Row>
                <Row label={t('lineage.sheet')} testId="row-lineage-sheet">
                  {data.sheet ?? '—'}
                </Row>
                <Row label={t('lineage.row')} testId="row-lineage-row">
                  {data.row ?? '—'}
                </Row>
                {data.cell && <Row label={t('lineage.cell')}>{data.cell}</Row>}
                {data.file.coverage && <Row label={t('lineage.coverage')}>{data.file.coverage}</Row>}
                <Row label={t('lineage.importedAt')}>{formatTimestamp(data.file.importedAt, language)}</Row>
                <Row label={t('lineage.status')}>{t(data.file.status === 'active' ? 'lineage.active' : 'lineage.superseded')}</Row>
                <Row label="sha256" testId="row-lineage-sha256">
                  <Code style={{ wordBreak: 'break-all' }}>{data.file.sha256}</Code>
                </Row>
                <Row label={t('lineage.url')}>
                  {data.file.url ? (
                    <Anchor href={data.file.url} target="_blank" rel="noreferrer noopener" size="sm" style={{ wordBreak: 'break-all' }}>
                      {data.file.url}
                    </Anchor>
                  ) : (
                    t('lineage.noUrl')
                  )}
                </Row>
                {data.detail && <Row label={t('lineage.detail')}>{data.detail}</Row>}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Drawer>
  );
}

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Th w={120} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
