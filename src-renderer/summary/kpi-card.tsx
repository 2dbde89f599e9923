import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SourceId } from '../../src-shared/contract/sources';
import { useMessages } from '../i18n/language-context';
import { formatHash } from '../router/hash-route';
import { LineageButton } from '../sources/lineage-button';
import { summaryMessages } from './summary-messages';

export type KpiState =
  | { kind: 'loading' }
  /** The source has nothing for this figure: say so, with the reason. */
  | { kind: 'empty'; message: string }
  | { kind: 'error'; content: ReactNode }
  | { kind: 'ready'; value: string; unit: string; context: string; details?: ReactNode };

export interface KpiCardProps {
  testId: string;
  title: string;
  state: KpiState;
  /** Where the source is named under the figure. */
  source: string;
  sourceIds: readonly SourceId[];
  /** The page that explains the figure, and its name for the link. */
  pageId: string;
  pageLabel: string;
  /** Raw values for tests and for anyone inspecting the page. */
  data?: Readonly<Record<string, string | number | null>>;
}

/** One headline figure: value with its unit, what period it is, its source, and the page behind it. */
export function KpiCard({ testId, title, state, source, sourceIds, pageId, pageLabel, data = {} }: KpiCardProps) {
  const t = useMessages(summaryMessages);
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value ?? '']));
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId} data-state={state.kind} {...dataAttributes} h="100%">
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={6}>
          <Title order={3} size="h5" c="dimmed">
            {title}
          </Title>
          <KpiBody state={state} />
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('card.source', { source })}
          </Text>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Anchor href={formatHash({ page: pageId, params: {} })} size="sm" data-testid={`${testId}-link`}>
              {t('card.open', { page: pageLabel })} →
            </Anchor>
            {state.kind === 'ready' && <LineageButton sourceIds={sourceIds} subject={`${title}: ${state.value} ${state.unit} · ${state.context}`} />}
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}

function KpiBody({ state }: { state: KpiState }) {
  switch (state.kind) {
    case 'loading':
      return <Skeleton height={64} />;
    case 'empty':
      return (
        <Text size="sm" c="dimmed" data-testid="kpi-empty">
          {state.message}
        </Text>
      );
    case 'error':
      return <>{state.content}</>;
    case 'ready':
      return (
        <Stack gap={4}>
          <Group gap={6} align="baseline" wrap="wrap">
            <Text fz={28} fw={700} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-value">
              {state.value}
            </Text>
            <Text fw={600} c="dimmed" data-testid="kpi-unit">
              {state.unit}
            </Text>
          </Group>
          <Text size="sm">{state.context}</Text>
          {state.details}
        </Stack>
      );
  }
}
