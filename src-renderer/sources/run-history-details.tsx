import { Alert, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { RunFile, RunRecord, RunSourceRecord } from '../../src-shared/contract/refresh-runs';
import { formatBytes, formatNumber } from '../format/number-format';
import { formatTimestamp } from '../format/period-format';
import { useLanguage, useMessages } from '../i18n/language-context';
import { refreshMessages } from '../refresh/refresh-messages';
import { sourceStatusColors, sourceStatusKeys } from './source-status-labels';
import { sourcesMessages } from './sources-messages';

const fileStatusColors: Record<RunFile['status'], string> = { loaded: 'teal', unchanged: 'gray', unknown: 'yellow', failed: 'red' };

/** One run opened up: each source's result, counts and error, and every file it handled. */
export function RunHistoryDetails({ run }: { run: RunRecord }) {
  const t = useMessages(refreshMessages);
  return (
    <Stack gap="sm" data-testid="run-history-details">
      {run.error && (
        <Alert color="red" variant="light">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {run.error}
          </Text>
        </Alert>
      )}
      {run.sources.map((source) => (
        <SourceRecord key={source.sourceId} source={source} />
      ))}
      {run.kind === 'import' && run.files.length > 0 && <FilesTable files={run.files} />}
      {run.sources.length === 0 && run.files.length === 0 && !run.error && (
        <Text size="sm" c="dimmed">
          {t('history.noDetails')}
        </Text>
      )}
    </Stack>
  );
}

function SourceRecord({ source }: { source: RunSourceRecord }) {
  const t = useMessages(refreshMessages);
  const ts = useMessages(sourcesMessages);
  const { language } = useLanguage();
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="run-history-source-detail" data-source-id={source.sourceId}>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" fw={600}>
            {source.title}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {formatTimestamp(source.startedAt, language)} – {source.finishedAt ? formatTimestamp(source.finishedAt, language) : t('history.notFinished')}
            </Text>
            <Badge color={sourceStatusColors[source.status]} variant="light" size="sm" miw="max-content">
              {ts(sourceStatusKeys[source.status])}
            </Badge>
          </Group>
        </Group>
        <Text size="xs">
          {t('history.sourceLine', {
            downloaded: formatNumber(source.filesDownloaded, 0),
            loaded: formatNumber(source.filesLoaded, 0),
            unchanged: formatNumber(source.filesUnchanged, 0),
            failed: formatNumber(source.filesFailed, 0),
            rows: formatNumber(source.rowsLoaded, 0),
            rejects: formatNumber(source.rowsRejected, 0),
            bytes: formatBytes(source.bytesDownloaded),
          })}
        </Text>
        {source.error && (
          <Text size="xs" c="red" style={{ whiteSpace: 'pre-line' }}>
            {source.error}
          </Text>
        )}
        {source.files.length > 0 && <FilesTable files={source.files} />}
      </Stack>
    </Paper>
  );
}

function FilesTable({ files }: { files: readonly RunFile[] }) {
  const t = useMessages(refreshMessages);
  return (
    <Table verticalSpacing={2} fz="xs" withRowBorders={false}>
      <Table.Tbody>
        {files.map((file, index) => (
          <Table.Tr key={`${index}:${file.fileName}`}>
            <Table.Td>
              <Badge color={fileStatusColors[file.status]} variant="dot" size="xs" miw="max-content">
                {t(`import.status.${file.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-all' }}>{file.fileName}</Table.Td>
            <Table.Td>{file.coverage ?? ''}</Table.Td>
            <Table.Td ta="right">{file.rowsLoaded === null ? '' : t('history.fileRows', { loaded: formatNumber(file.rowsLoaded, 0), rejected: formatNumber(file.rowsRejected ?? 0, 0) })}</Table.Td>
            <Table.Td c={file.status === 'failed' || file.status === 'unknown' ? 'red' : 'dimmed'}>
              {file.message ?? ''}
              {file.warnings.map((warning, i) => (
                <Text key={i} fz="xs" c="orange.8" data-testid="run-file-warning">
                  {t('history.fileWarning', { warning })}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
