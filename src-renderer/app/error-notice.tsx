import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { ClientError } from '../client/client-error';
import { useMessages } from '../i18n/language-context';
import { appMessages } from './app-messages';

export interface ErrorNoticeProps {
  /** What could not be loaded, e.g. "la serie de producción". */
  what: string;
  error: ClientError;
  onRetry?: () => void;
}

/** A failed command in plain Spanish: the service's own message, field issues when any, and a retry. */
export function ErrorNotice({ what, error, onRetry }: ErrorNoticeProps) {
  const t = useMessages(appMessages);
  return (
    <Alert color="red" variant="light" title={t('error.title', { what })} data-testid="error-notice" data-code={error.code}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {error.issues.length > 1 && (
          <List size="sm">
            {error.issues.map((issue) => (
              <List.Item key={`${issue.path}:${issue.message}`}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
