import { Group, LoadingOverlay, Paper, SegmentedControl, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SourceId } from '../../src-shared/contract/sources';
import { ErrorNotice } from '../app/error-notice';
import type { ClientQuery } from '../client/use-client-query';
import { capitalise } from '../format/capitalise';
import { LineageButton } from '../sources/lineage-button';

/** A control of the panel's header; `label` is its accessible name, `testId` what tests find it by. */
interface HeaderControl<V> {
  value: V;
  label: string;
  testId: string;
  onChange: (value: V) => void;
}

export interface BreakdownPanelProps<D extends string, S extends number, A extends { items: readonly unknown[] }> {
  title: string;
  /** Under the title: what is ranked and over which months, with the page's own test ids. */
  caption: ReactNode;
  /** The answered months, formatted: the lineage drawer names the table with the title and them. */
  range: string | null;
  sourceIds: readonly SourceId[];
  /** What the table is grouped by (department, field…): one segment each, labelled with its `name`. */
  dimension: HeaderControl<D> & { options: readonly D[]; name: (dimension: D) => string };
  /** How many groups are ranked; each option reads "<label>: <size>". */
  size: HeaderControl<S> & { options: readonly S[] };
  /** The breakdown command as `useCommand` runs it. */
  query: ClientQuery<A, unknown>;
  /** What the error notice says could not be loaded. */
  what: string;
  noResults: string;
  loadingTestId: string;
  noResultsTestId: string;
  skeletonHeight: number;
  /** Under the table: how the figures are computed and where they come from. */
  note: string;
  /** The ranking itself, drawn once an answer has rows; `loading` while a newer request is in flight. */
  renderTable: (answer: A, loading: boolean) => ReactNode;
}

/**
 * The frame every top-N table shares (Producción, Regalías): title and range, the grouping and size
 * controls, where the figures come from, then the table, its loading and empty states or the error.
 * The previous answer stays under a loading veil while a new one is fetched, so the table never blanks.
 */
export function BreakdownPanel<D extends string, S extends number, A extends { items: readonly unknown[] }>(props: BreakdownPanelProps<D, S, A>) {
  const { title, caption, range, sourceIds, dimension, size, query, note } = props;
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {title}
            </Title>
            {caption}
          </Stack>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={dimension.label}
              data={dimension.options.map((option) => ({ value: option, label: capitalise(dimension.name(option)) }))}
              value={dimension.value}
              onChange={(value) => dimension.onChange(dimension.options.find((option) => option === value) ?? dimension.value)}
              size="xs"
              data-testid={dimension.testId}
            />
            <Select
              aria-label={size.label}
              data={size.options.map((option) => ({ value: String(option), label: `${size.label}: ${option}` }))}
              value={String(size.value)}
              onChange={(value) => size.onChange(size.options.find((option) => String(option) === value) ?? size.value)}
              allowDeselect={false}
              size="xs"
              w={130}
              data-testid={size.testId}
            />
            <LineageButton sourceIds={sourceIds} subject={range ? `${title} · ${range}` : title} />
          </Group>
        </Group>
        {query.status === 'error' ? (
          <ErrorNotice what={props.what} error={query.error} onRetry={query.reload} />
        ) : data === null ? (
          <Skeleton height={props.skeletonHeight} data-testid={props.loadingTestId} />
        ) : data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={props.noResultsTestId}>
            {props.noResults}
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={query.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            {props.renderTable(data, query.status === 'loading')}
          </>
        )}
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      </Stack>
    </Paper>
  );
}
