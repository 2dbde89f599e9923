import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { formatNumber } from '../format/number-format';
import { useMessages } from '../i18n/language-context';
import { formatPercent } from './describe-progress';
import { LiveSourceRow } from './live-source-row';
import { useRefresh } from './refresh-context';
import { refreshMessages } from './refresh-messages';
import { isActive, type LiveRun } from './run-progress';

/** The run in progress: overall bar, each source with its step and its cancel, and "Cancelar todo". */
export function RefreshProgress({ run }: { run: LiveRun }) {
  const t = useMessages(refreshMessages);
  const { cancel } = useRefresh();
  const cancellable = run.kind === 'refresh' && run.runId !== null && !run.cancelling;
  return (
    <Stack gap="sm" data-testid="refresh-progress" data-run-id={run.runId ?? ''} data-kind={run.kind} data-fraction={run.fraction.toFixed(3)}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          {t(run.kind === 'import' ? 'panel.importRunning' : 'panel.running')}
        </Text>
        {run.kind === 'refresh' && (
          <Button
            size="compact-sm"
            variant="light"
            color="orange"
            onClick={() => void cancel()}
            disabled={!cancellable || !run.sources.some(isActive)}
            data-testid="refresh-cancel-all"
          >
            {run.cancelling ? t('panel.cancellingAll') : t('panel.cancelAll')}
          </Button>
        )}
      </Group>
      <Stack gap={2}>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('panel.overall')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="refresh-overall-percent">
            {formatPercent(run.fraction)}
          </Text>
        </Group>
        <Progress value={run.fraction * 100} size="md" striped animated aria-label={`${t('panel.overall')}: ${formatPercent(run.fraction)}`} data-testid="refresh-overall" />
      </Stack>
      {run.kind === 'import' && run.files && run.currentFile && (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('import.progress', { current: formatNumber(run.files.done, 0), total: formatNumber(run.files.total, 0), name: run.currentFile })}
        </Text>
      )}
      {run.sources.map((source) => (
        <LiveSourceRow key={source.sourceId} source={source} onCancel={cancellable ? () => void cancel(source.sourceId) : null} />
      ))}
    </Stack>
  );
}
