import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { SourceRunState } from '../../src-shared/contract/refresh';
import { useMessages } from '../i18n/language-context';
import { sourceStatusColors } from '../sources/source-status-labels';
import { describeProgress, formatPercent, isOfflineMessage } from './describe-progress';
import { refreshMessages } from './refresh-messages';
import { isActive, type LiveSource } from './run-progress';

// A live source has the colours of its recorded outcome; waiting for its turn is grey.
const stateColors: Record<SourceRunState['state'], string> = { pending: 'gray', ...sourceStatusColors };

/** One source of the run: its step in words, its bar, and its own cancel. */
export function LiveSourceRow({ source, onCancel, showTitle = true }: { source: LiveSource; onCancel: (() => void) | null; showTitle?: boolean }) {
  const t = useMessages(refreshMessages);
  const words = describeProgress(source, t);
  const offline = source.state === 'failed' && isOfflineMessage(source.message);
  return (
    <Stack
      gap={4}
      data-testid="refresh-source"
      data-source-id={source.sourceId}
      data-state={source.state}
      data-step={source.step ?? ''}
      data-offline={offline ? 'true' : 'false'}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          {showTitle && (
            <Text size="sm" fw={600} truncate>
              {source.title}
            </Text>
          )}
          <Text size="sm" c={source.state === 'running' ? undefined : stateColors[source.state]} data-testid="refresh-source-step" aria-live="polite">
            {words.headline}
            {words.detail ? ` · ${words.detail}` : ''}
            {words.eta ? ` · ${words.eta}` : ''}
          </Text>
          {words.subject && (
            <Text size="xs" c={offline || source.state === 'failed' ? 'red' : 'dimmed'} style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }} data-testid="refresh-source-subject">
              {words.subject}
            </Text>
          )}
        </Stack>
        {onCancel && isActive(source) && (
          <Button
            size="compact-xs"
            variant="light"
            color="orange"
            onClick={onCancel}
            disabled={source.cancelRequested}
            aria-label={t('panel.cancelSource', { source: source.title })}
            data-testid="refresh-source-cancel"
            style={{ flexShrink: 0 }}
          >
            {source.cancelRequested ? t('panel.cancelling') : t('panel.cancel')}
          </Button>
        )}
      </Group>
      <Progress
        value={source.fraction * 100}
        size="sm"
        color={stateColors[source.state]}
        striped={source.state === 'running'}
        animated={source.state === 'running'}
        aria-label={`${source.title}: ${formatPercent(source.fraction)}`}
      />
    </Stack>
  );
}
