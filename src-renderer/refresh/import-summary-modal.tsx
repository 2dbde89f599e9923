import { Alert, Button, Group, Loader, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../format/number-format';
import { useMessages } from '../i18n/language-context';
import type { ImportSummary } from './import-batches';
import { useImport } from './import-controller';
import { ImportedFileRow } from './imported-file-row';
import { useRefresh } from './refresh-context';
import { refreshMessages } from './refresh-messages';

/** The import's dialog: progress while it runs, then the same per-file summary as `caudal import`. */
export function ImportSummaryModal() {
  const t = useMessages(refreshMessages);
  const { session, close } = useImport();
  const { view } = useRefresh();
  const importRun = view.run?.kind === 'import' ? view.run : null;

  return (
    <Modal opened={session !== null} onClose={close} title={t('import.modalTitle')} size={1040} closeButtonProps={{ 'aria-label': t('import.close') }}>
      {session && (
        <Stack gap="sm" data-testid="import-summary" data-phase={session.phase}>
          {session.phase === 'empty' && (
            <Alert color="yellow" variant="light">
              {t('import.empty')}
            </Alert>
          )}
          {session.phase === 'sending' && (
            <Stack gap="xs">
              <Group gap="xs">
                <Loader size="sm" />
                <Text size="sm">
                  {importRun?.files && importRun.currentFile
                    ? t('import.progress', { current: formatNumber(importRun.files.done, 0), total: formatNumber(importRun.files.total, 0), name: importRun.currentFile })
                    : t('import.waiting')}
                </Text>
              </Group>
              <Progress value={(importRun?.fraction ?? 0) * 100} striped animated aria-label={t('import.modalTitle')} />
            </Stack>
          )}
          {session.phase === 'failed' && (
            <Alert color="red" variant="light" title={t('import.failedTitle')} data-testid="import-error" data-code={session.error.code}>
              {session.error.message}
            </Alert>
          )}
          {(session.phase === 'done' || session.phase === 'failed') && <SummaryTable summary={session.summary} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('import.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function SummaryTable({ summary }: { summary: ImportSummary }) {
  const t = useMessages(refreshMessages);
  if (summary.files.length === 0) return null;
  const { totals } = summary;
  return (
    <>
      <Text size="sm" fw={600} data-testid="import-totals">
        {t('import.totals', {
          loaded: formatNumber(totals.loaded, 0),
          unchanged: formatNumber(totals.unchanged, 0),
          unknown: formatNumber(totals.unknown, 0),
          failed: formatNumber(totals.failed, 0),
          rows: formatNumber(totals.rowsLoaded, 0),
          rejected: formatNumber(totals.rowsRejected, 0),
        })}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" fz="sm" data-testid="import-files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('import.file')}</Table.Th>
              <Table.Th>{t('import.source')}</Table.Th>
              <Table.Th>{t('import.coverage')}</Table.Th>
              <Table.Th ta="right">{t('import.rows')}</Table.Th>
              <Table.Th ta="right">{t('import.rejected')}</Table.Th>
              <Table.Th>{t('import.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.files.map((file, index) => (
              <ImportedFileRow key={`${index}:${file.path}`} file={file} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
