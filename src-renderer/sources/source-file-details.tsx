import { Anchor, Badge, Code, CopyButton, Group, Paper, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { SourceFile } from '../../src-shared/contract/sources';
import { useLanguage, useMessages } from '../i18n/language-context';
import { formatBytes, formatNumber } from '../format/number-format';
import { formatTimestamp } from '../format/period-format';
import { sourcesMessages } from './sources-messages';

/**
 * One imported file as evidence: what it is, where it came from, its sha256 (copyable, so the analyst
 * can check a download against it), when it was loaded, and how its sheets reconciled with their own
 * totals.
 */
export function SourceFileDetails({ file }: { file: SourceFile }) {
  const t = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const notReconciled = file.reconciliations.filter((r) => r.status === 'not-reconciled');
  const reconciled = file.reconciliations.filter((r) => r.status === 'reconciled').length;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="source-file" data-file-id={file.id} data-sha256={file.sha256}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
            {file.fileName}
          </Text>
          <Badge variant="light" color={file.status === 'active' ? 'teal' : 'gray'} style={{ flexShrink: 0 }}>
            {t(file.status === 'active' ? 'file.active' : 'file.superseded')}
          </Badge>
        </Group>
        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
          <Table.Tbody>
            {file.coverage && <Row label={t('file.coverage')}>{file.coverage}</Row>}
            <Row label={t('file.importedAt')}>{formatTimestamp(file.importedAt, language)}</Row>
            <Row label={t('file.size')}>{formatBytes(file.sizeBytes)}</Row>
            <Row label={t('file.rows')}>
              {t('file.rowsValue', { loaded: formatNumber(file.rowsLoaded, 0), rejected: formatNumber(file.rowsRejected, 0) })}
            </Row>
            <Row label="sha256">
              <CopyButton value={file.sha256}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('file.copied') : t('file.copy')} withArrow>
                    <UnstyledButton onClick={copy} aria-label={t('file.copySha', { name: file.fileName })}>
                      <Code style={{ wordBreak: 'break-all' }} data-testid="source-file-sha256">
                        {file.sha256}
                      </Code>
                    </UnstyledButton>
                  </Tooltip>
                )}
              </CopyButton>
            </Row>
            <Row label="URL">
              {file.url ? (
                <Anchor href={file.url} target="_blank" rel="noreferrer noopener" size="sm" style={{ wordBreak: 'break-all' }}>
                  {file.url}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('file.noUrl')}
                </Text>
              )}
            </Row>
            {file.reconciliations.length > 0 && (
              <Row label={t('file.reconciliation')}>
                <Text size="sm" data-testid="source-file-reconciliation">
                  {t('file.reconciliationValue', { ok: reconciled, failed: notReconciled.length, total: file.reconciliations.length })}
                </Text>
              </Row>
            )}
          </Table.Tbody>
        </Table>
        {notReconciled.length > 0 && (
          <Stack gap={2}>
            {notReconciled.map((sheet) => (
              <Text key={`${sheet.sheet}:${sheet.kind}`} size="xs" c="orange.8">
                {sheet.sheet}: {sheet.cause ?? t('file.differenceMpc', { difference: formatNumber(sheet.differenceMpc) })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={130} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
