import { Code, Loader, Stack, Table, Text } from '@mantine/core';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { useMessages } from '../i18n/language-context';
import { refreshMessages } from './refresh-messages';

const SHOWN_REJECTS = 50;

/** The rows of one file that were not loaded, each with its reason and its values as read. */
export function FileRejects({ fileId }: { fileId: number }) {
  const t = useMessages(refreshMessages);
  const rejects = useCommand('etl.rejects', { fileId, limit: SHOWN_REJECTS, offset: 0 });
  if (rejects.status === 'error') return <ErrorNotice what={t('rejects.what')} error={rejects.error} onRetry={rejects.reload} />;
  if (rejects.data === null) return <Loader size="sm" />;
  const { rows, total } = rejects.data;
  return (
    <Stack gap="xs" data-testid="file-rejects" data-total={total}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} fz="sm" striped>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid="file-reject" data-reason-code={row.reasonCode}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {row.sheet ? `${row.sheet} · ` : ''}
                  {row.row === null ? '—' : t('rejects.row', { row: row.row })}
                </Table.Td>
                <Table.Td>{row.reason}</Table.Td>
                <Table.Td>
                  <Code fz="xs" style={{ wordBreak: 'break-all' }}>
                    {JSON.stringify(row.raw)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > rows.length && (
        <Text size="xs" c="dimmed">
          {t('rejects.more', { shown: formatNumber(rows.length, 0), total: formatNumber(total, 0) })}
        </Text>
      )}
    </Stack>
  );
}
