import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../i18n/language-context';
import { formatHash } from '../router/hash-route';
import { appMessages } from './app-messages';

/** A route that names no page (a typo, an old bookmark): say so and offer the way back. */
export function NotFound({ page }: { page: string }) {
  const t = useMessages(appMessages);
  return (
    <Paper withBorder radius="md" p="xl" data-testid="not-found">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.description', { page })}</Text>
        <Anchor href={formatHash({ page: '', params: {} })}>{t('notFound.back')}</Anchor>
      </Stack>
    </Paper>
  );
}
