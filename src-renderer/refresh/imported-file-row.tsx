import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatNumber } from '../format/number-format';
import { useMessages, type Translate } from '../i18n/language-context';
import { FileRejects } from './file-rejects';
import type { ImportedFile } from './import-batches';
import type { RefreshKey } from './describe-progress';
import { refreshMessages } from './refresh-messages';

export const IMPORT_COLUMNS = 7;

const statusColors: Record<ImportedFile['status'], string> = { loaded: 'teal', unchanged: 'gray', unknown: 'yellow', failed: 'red' };
const statusKeys: Record<ImportedFile['status'], RefreshKey> = {
  loaded: 'import.status.loaded',
  unchanged: 'import.status.unchanged',
  unknown: 'import.status.unknown',
  failed: 'import.status.failed',
};

/** One file of the import summary, as `caudal import` prints it; its rejected rows one click away. */
export function ImportedFileRow({ file }: { file: ImportedFile }) {
  const t = useMessages(refreshMessages);
  const [rejectsOpen, setRejectsOpen] = useState(false);
  const loaded = file.status === 'loaded' ? file : null;
  const recognised = file.status === 'loaded' || file.status === 'unchanged' ? file : null;
  const canShowRejects = loaded !== null && loaded.fileId !== null && loaded.rowsRejected > 0;
  return (
    <>
      <Table.Tr data-testid="import-file" data-status={file.status} data-file-name={file.fileName}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Badge color={statusColors[file.status]} variant="light" miw="max-content">
            {t(statusKeys[file.status])}
          </Badge>
        </Table.Td>
        <Table.Td miw={200} style={{ overflowWrap: 'anywhere' }}>
          {file.fileName}
        </Table.Td>
        <Table.Td>{recognised?.sourceTitle ?? '—'}</Table.Td>
        <Table.Td>{recognised?.coverage ?? '—'}</Table.Td>
        <Table.Td ta="right">{loaded ? formatNumber(loaded.rowsLoaded, 0) : '—'}</Table.Td>
        <Table.Td ta="right">{loaded ? formatNumber(loaded.rowsRejected, 0) : '—'}</Table.Td>
        <Table.Td miw={260}>
          <Stack gap={2}>
            {detailLines(file, t).map((line) => (
              <Text key={line} size="xs" c={file.status === 'failed' || file.status === 'unknown' ? 'red' : undefined} style={{ whiteSpace: 'pre-line' }}>
                {line}
              </Text>
            ))}
            {canShowRejects && (
              <Button variant="subtle" size="compact-xs" color="orange" onClick={() => setRejectsOpen((open) => !open)} aria-expanded={rejectsOpen} data-testid="import-show-rejects">
                {rejectsOpen ? t('import.hideRejects') : t('import.showRejects', { count: formatNumber(loaded.rowsRejected, 0) })}
              </Button>
            )}
          </Stack>
        </Table.Td>
      </Table.Tr>
      {rejectsOpen && loaded?.fileId != null && (
        <Table.Tr>
          <Table.Td colSpan={IMPORT_COLUMNS}>
            <FileRejects fileId={loaded.fileId} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** The service's message, then what the analyst should know about the load: replacement, reconciliation, warnings. */
function detailLines(file: ImportedFile, t: Translate<RefreshKey>): string[] {
  const lines = [file.message];
  if (file.status !== 'loaded') return lines;
  if (file.replacedPrevious) lines.push(t('import.replaced'));
  const checked = file.reconciliations.filter((r) => r.status !== 'no-total');
  if (checked.length > 0) {
    lines.push(t('import.reconciled', { ok: checked.filter((r) => r.status === 'reconciled').length, total: checked.length }));
    for (const sheet of checked) if (sheet.status === 'not-reconciled') lines.push(t('import.notReconciled', { sheet: sheet.sheet, cause: sheet.cause ?? '—' }));
  }
  lines.push(...file.warnings);
  return [...new Set(lines.filter((line) => line.trim() !== ''))];
}
