import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { SourceSchedule } from '../../src-shared/contract/refresh';
import type { SourceId } from '../../src-shared/contract/sources';
import { formatTimestamp } from '../format/period-format';
import type { Language } from '../i18n/define-messages';
import { useLanguage, useMessages, type Translate } from '../i18n/language-context';
import type { RefreshKey } from '../refresh/describe-progress';
import { LiveSourceRow } from '../refresh/live-source-row';
import { isBusy, useRefresh } from '../refresh/refresh-context';
import { refreshMessages } from '../refresh/refresh-messages';
import { ScheduleSelect } from './schedule-select';

/**
 * A source's refresh in its Fuentes card: its own "Actualizar esta fuente", its live progress and
 * cancel while it runs, how often it is checked and when next, and the files that keep failing.
 */
export function SourceRefreshSection({ sourceId, title }: { sourceId: SourceId; title: string }) {
  const t = useMessages(refreshMessages);
  const { language } = useLanguage();
  const refresh = useRefresh();
  const { view, schedules, start, cancel } = refresh;
  const plan = schedules?.find((s) => s.sourceId === sourceId) ?? null;
  const live = view.run?.sources.find((s) => s.sourceId === sourceId) ?? null;
  // Sources without a publisher to download from (none today) are imported by hand only.
  if (!plan && !live) return null;

  return (
    <Stack gap="xs" data-testid="source-refresh" data-source-id={sourceId}>
      {live && <LiveSourceRow source={live} showTitle={false} onCancel={view.run?.runId != null && !view.run.cancelling ? () => void cancel(sourceId) : null} />}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        {plan && (
          <Group align="flex-end" gap="md" wrap="wrap">
            <ScheduleSelect plan={plan} />
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('schedule.next')}
              </Text>
              <Text size="sm" data-testid="source-next-run" data-reason={plan.reason}>
                {nextRunText(plan, t, language)}
              </Text>
            </Stack>
          </Group>
        )}
        <Button
          size="xs"
          variant="light"
          onClick={() => void start([sourceId])}
          disabled={isBusy(refresh)}
          aria-label={`${t('button.refreshSource')}: ${title}`}
          data-testid="source-refresh-start"
        >
          {t('button.refreshSource')}
        </Button>
      </Group>
      {plan && plan.knownFailedFiles.length > 0 && (
        <Stack gap={2} data-testid="source-known-failed">
          <Text size="sm" fw={600} c="orange">
            {t('knownFailed.title', { count: plan.knownFailedFiles.length })}
          </Text>
          <List size="sm" spacing={2}>
            {plan.knownFailedFiles.map((file) => (
              <List.Item key={file.url} style={{ wordBreak: 'break-word' }}>
                <Text span size="sm" fw={600}>
                  {file.fileName}
                </Text>
                : {file.message} ({t('knownFailed.since', { when: formatTimestamp(file.firstFailedAt, language) })})
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

export function nextRunText(plan: SourceSchedule, t: Translate<RefreshKey>, language: Language): string {
  const when = plan.nextRunAt ? formatTimestamp(plan.nextRunAt, language) : '—';
  switch (plan.reason) {
    case 'manual':
      return t('reason.manual');
    case 'never-run':
      return t('reason.never-run');
    case 'running':
      return t('reason.running');
    case 'interval':
      return t('reason.interval', { when });
    case 'retry':
      return plan.consecutiveFailures <= 1 ? t('reason.retryOne', { when }) : t('reason.retry', { when, failures: plan.consecutiveFailures });
  }
}
