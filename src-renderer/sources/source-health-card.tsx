import { Alert, Anchor, Badge, Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SourceAttempt, SourceHealth } from '../../src-shared/contract/etl-sources';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { formatPeriodShort, formatTimestamp } from '../format/period-format';
import { isPeriod } from '../../src-shared/domain/period';
import { useLanguage, useMessages, type Translate } from '../i18n/language-context';
import type { Language, MessageKey } from '../i18n/define-messages';
import { SourceFileDetails } from './source-file-details';
import { SourceRefreshSection } from './source-refresh-section';
import { sourceStatusColors, sourceStatusKeys, triggerKeys } from './source-status-labels';
import { sourcesMessages } from './sources-messages';

type SourcesKey = MessageKey<typeof sourcesMessages>;

/** A source's health at a glance, its files on demand, and a way to its rejected rows. */
export function SourceHealthCard({ source, dataVersion, onShowRejects }: { source: SourceHealth; dataVersion: number; onShowRejects: () => void }) {
  const t = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const [filesOpen, setFilesOpen] = useState(false);
  const attempt = source.lastAttempt;
  const failed = attempt?.status === 'failed' || attempt?.status === 'partial';
  return (
    <Paper withBorder radius="md" p="md" data-testid="source-health" data-source-id={source.id} data-status={attempt?.status ?? 'none'}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5">
              {source.title}
            </Title>
            <Text size="sm" c="dimmed">
              {source.publisher}
            </Text>
          </Stack>
          <Badge color={attempt ? sourceStatusColors[attempt.status] : 'gray'} variant="light" data-testid="source-health-status">
            {t(attempt ? sourceStatusKeys[attempt.status] : 'status.none')}
          </Badge>
        </Group>
        {source.officialUrl && (
          <Anchor href={source.officialUrl} target="_blank" rel="noreferrer noopener" size="sm" style={{ wordBreak: 'break-all' }}>
            {t('health.officialPage')}: {readableUrl(source.officialUrl)}
          </Anchor>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('health.lastAttempt')}>{attemptText(attempt, t, language)}</Fact>
          <Fact label={t('health.lastSuccess')}>{attemptText(source.lastSuccess, t, language)}</Fact>
          <Fact label={t('health.freshness')} testId="source-health-freshness">
            {source.freshness === null ? t('health.noData') : isPeriod(source.freshness) ? formatPeriodShort(source.freshness, language) : source.freshness}
          </Fact>
          <Fact label={t('health.lastLoadedAt')}>{source.lastLoadedAt ? formatTimestamp(source.lastLoadedAt, language) : t('health.never')}</Fact>
          <Fact label={t('health.files')}>{formatNumber(source.files, 0)}</Fact>
          <Fact label={t('health.rows')} testId="source-health-rows">
            {formatNumber(source.rows, 0)}
          </Fact>
          <Fact label={t('health.rejects')} testId="source-health-rejects">
            {formatNumber(source.rejects, 0)}
          </Fact>
        </SimpleGrid>
        {failed && attempt?.error && (
          <Alert color={attempt.status === 'failed' ? 'red' : 'yellow'} variant="light" title={t('health.error')} data-testid="source-health-error">
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {attempt.error}
            </Text>
          </Alert>
        )}
        <SourceRefreshSection sourceId={source.id} title={source.title} />
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => setFilesOpen((open) => !open)} disabled={source.files === 0} aria-expanded={filesOpen}>
            {filesOpen ? t('health.hideFiles') : t('health.showFiles', { count: source.files })}
          </Button>
          {source.rejects > 0 && (
            <Button variant="subtle" size="xs" color="orange" onClick={onShowRejects}>
              {t('health.showRejects')}
            </Button>
          )}
        </Group>
        <Collapse expanded={filesOpen}>{filesOpen && <SourceFiles source={source} dataVersion={dataVersion} />}</Collapse>
      </Stack>
    </Paper>
  );
}

function SourceFiles({ source, dataVersion }: { source: SourceHealth; dataVersion: number }) {
  const t = useMessages(sourcesMessages);
  const files = useCommand('sources.files', { sourceId: source.id, includeSuperseded: false }, dataVersion);
  if (files.status === 'error') return <ErrorNotice what={t('health.filesWhat', { source: source.title })} error={files.error} onRetry={files.reload} />;
  if (files.data === null) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" data-testid="source-health-files">
      {files.data.files.map((file) => (
        <SourceFileDetails key={file.id} file={file} />
      ))}
    </SimpleGrid>
  );
}

function attemptText(attempt: SourceAttempt | null, t: Translate<SourcesKey>, language: Language): string {
  if (!attempt) return t('health.never');
  const when = formatTimestamp(attempt.finishedAt ?? attempt.startedAt, language);
  const head = t('health.attemptValue', { when, trigger: t(triggerKeys[attempt.trigger]) });
  return `${head} · ${t(sourceStatusKeys[attempt.status])} · ${t('health.attemptRows', { files: formatNumber(attempt.filesLoaded, 0), rows: formatNumber(attempt.rowsLoaded, 0) })}`;
}

/** Official pages are linked percent-encoded; the analyst reads them with their accents. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}
