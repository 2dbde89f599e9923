import { Anchor, Button, Code, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { useMessages } from '../i18n/language-context';
import { formatHash } from '../router/hash-route';
import { appMessages } from './app-messages';

export const IMPORT_COMMAND_HINT = 'npm run caudal -- import <carpeta>';

/** Shown while the database holds no production at all: says what to do next, not just "no data". */
export function NoDataState({ onRecheck, rechecking }: { onRecheck: () => void; rechecking: boolean }) {
  const t = useMessages(appMessages);
  return (
    <Paper withBorder radius="md" p="xl" data-testid="empty-state">
      <EmptyState title={t('empty.title')} description={t('empty.description')}>
        <Stack gap="xs" align="center" mt="md">
          <Text size="sm" c="dimmed">
            {t('empty.importHint')}
          </Text>
          <Code block>{IMPORT_COMMAND_HINT}</Code>
          <Button variant="light" onClick={onRecheck} loading={rechecking} mt="xs">
            {t('empty.recheck')}
          </Button>
          <Anchor href={formatHash({ page: 'fuentes', params: {} })} size="sm">
            {t('empty.sources')}
          </Anchor>
        </Stack>
      </EmptyState>
    </Paper>
  );
}
