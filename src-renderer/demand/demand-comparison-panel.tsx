import { Box, Button, Code, Group, LoadingOverlay, Paper, Select, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import type { DemandSector } from '../../src-shared/contract/demand';
import type { Granularity } from '../../src-shared/contract/filters';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { EChartsView } from '../charts/echarts-view';
import { periodLongLabel, periodRangeLabel } from '../charts/period-axis';
import { useCommand } from '../client/use-command';
import { useCommandBatch } from '../client/use-command-batch';
import { useFilters } from '../filters/filters-context';
import type { PeriodRange } from '../filters/period-range';
import { formatNumber, formatShare } from '../format/number-format';
import { formatChange, formatQuantity } from '../format/units';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { LineageButton } from '../sources/lineage-button';
import { comparedMonths, compareWithHistory, comparisonOption, comparisonSummary, comparisonTitle } from './demand-comparison';
import { IMPORT_DEMAND_HINT } from './demand-band-panel';
import { demandMessages, demandSectorNames } from './demand-messages';
import { comparisonInputs, type DemandArea } from './demand-request';

const CHART_HEIGHT = 320;
const demandSource = ['upme-demand'] as const;

export interface DemandComparisonPanelProps {
  sector: DemandSector;
  /** Null while the area is not known yet. */
  area: DemandArea | null;
  granularity: Granularity;
  /** The page's month window (the shared period filter), as the scenarios chart uses it; null: all months. */
  range: PeriodRange | null;
  /** The edition chosen on the page (null: the newest older one). */
  compare: string | null;
  onCompareChange: (edition: string | null) => void;
}

/**
 * An older edition's medium projection against what happened, as the newest edition records it, over
 * the periods both cover within the page's period filter. With one edition loaded there is nothing to
 * compare, and the panel says how to load another. A window with nothing to compare (the default one
 * opens on this year, after the newest history ends) says where the comparable periods are, with a
 * button that sets the period filter to them.
 */
export function DemandComparisonPanel({ sector, area, granularity, range, compare, onCompareChange }: DemandComparisonPanelProps) {
  const t = useMessages(demandMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const { update } = useFilters();
  const editions = useCommand('demand.editions', {}, dataVersion);
  const newest = editions.data?.defaultEdition ?? null;
  const older = useMemo(
    () => (editions.data?.editions ?? []).map((entry) => entry.edition).filter((edition) => newest !== null && edition < newest).sort().reverse(),
    [editions.data, newest],
  );
  const edition = compare && older.includes(compare) ? compare : (older[0] ?? null);
  const inputs = useMemo(
    () => (area && edition && newest ? comparisonInputs(edition, newest, sector, area, granularity, range) : null),
    [area, edition, newest, sector, granularity, range],
  );
  const batch = useCommandBatch('demand.series', inputs, dataVersion);
  const [projected, actual] = batch.data ?? [];
  const rows = useMemo(() => (projected && actual ? compareWithHistory(projected.points, actual.points) : null), [projected, actual]);
  // Asked only when the window leaves nothing to compare: where the two editions do overlap.
  const widerInputs = useMemo(
    () => (range && rows?.length === 0 && area && edition && newest ? comparisonInputs(edition, newest, sector, area, granularity, null) : null),
    [range, rows, area, edition, newest, sector, granularity],
  );
  const wider = useCommandBatch('demand.series', widerInputs, dataVersion);
  const [widerProjected, widerActual] = widerInputs ? (wider.data ?? []) : [];
  const widerRows = useMemo(() => (widerProjected && widerActual ? compareWithHistory(widerProjected.points, widerActual.points) : null), [widerProjected, widerActual]);
  const elsewhere = widerRows ? comparedMonths(widerRows) : null;
  const summary = useMemo(() => (rows ? comparisonSummary(rows) : null), [rows]);
  const drawnEdition = projected?.edition ?? edition ?? '';
  const drawnNewest = actual?.edition ?? newest ?? '';
  const sectorLabel = localized(demandSectorNames[projected?.sector ?? sector]);
  const option = useMemo(
    () => (rows && rows.length > 0 ? comparisonOption({ rows, edition: drawnEdition, newest: drawnNewest, sectorLabel, language }) : null),
    [rows, drawnEdition, drawnNewest, sectorLabel, language],
  );
  const title = comparisonTitle(drawnEdition, drawnNewest, language).title;
  const loading = batch.status === 'loading';

  let body: React.ReactNode;
  if (editions.status === 'error') body = <ErrorNotice what={t('compare.what')} error={editions.error} onRetry={editions.reload} />;
  else if (editions.data === null) body = <Skeleton height={120} />;
  else if (newest === null) body = <Text size="sm" c="dimmed">{t('compare.noEdition')}</Text>;
  else if (edition === null)
    body = (
      <Stack gap="xs" data-testid="demand-compare-only-one">
        <Text size="sm">{t('compare.onlyOne', { edition: newest })}</Text>
        <Code block>{IMPORT_DEMAND_HINT}</Code>
      </Stack>
    );
  else if (batch.status === 'error') body = <ErrorNotice what={t('compare.what')} error={batch.error} onRetry={batch.reload} />;
  else if (rows === null) body = <Skeleton height={CHART_HEIGHT} data-testid="demand-compare-loading" />;
  // Nothing in the window, but maybe outside it (unless the whole series says there is nothing at all).
  else if ((option === null || summary === null) && range && widerRows?.length !== 0)
    body = (
      <Stack gap={4} align="flex-start" data-testid="demand-compare-none-in-range" data-elsewhere-from={elsewhere?.from ?? ''} data-elsewhere-to={elsewhere?.to ?? ''}>
        <Text size="sm" c="dimmed">
          {t('compare.noneInRange', { range: periodRangeLabel(range.from, range.to, language), edition: drawnEdition, newest: drawnNewest, sector: sectorLabel })}
          {elsewhere && ` ${t('compare.elsewhere', { first: periodLongLabel(elsewhere.from, language), last: periodLongLabel(elsewhere.to, language) })}`}
        </Text>
        {elsewhere && (
          <Button size="xs" variant="light" onClick={() => update({ period: elsewhere })} data-testid="demand-compare-show-overlap">
            {t('compare.showOverlap')}
          </Button>
        )}
      </Stack>
    );
  else if (option === null || summary === null)
    body = (
      <Text size="sm" c="dimmed" data-testid="demand-compare-no-overlap">
        {t('compare.noOverlap', { edition: drawnEdition, newest: drawnNewest, sector: sectorLabel })}
      </Text>
    );
  else
    body = (
      <Box
        data-testid="demand-compare"
        data-loading={loading}
        data-edition={drawnEdition}
        data-newest={drawnNewest}
        data-from={range?.from ?? ''}
        data-to={range?.to ?? ''}
        data-rows={JSON.stringify(rows)}
      >
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        <EChartsView option={option} height={CHART_HEIGHT} ariaLabel={title} />
        <Text size="sm" mt="xs" data-testid="demand-compare-summary">
          {t('compare.summary', {
            months: formatNumber(summary.periods, 0),
            range: `${periodLongLabel(summary.first, language)} – ${periodLongLabel(summary.last, language)}`,
            bias: `${summary.meanError > 0 ? '+' : summary.meanError < 0 ? '−' : ''}${formatNumber(Math.abs(summary.meanError))}`,
            biasShare: formatChange(summary.meanErrorShare),
            absolute: formatNumber(summary.meanAbsoluteError),
            absoluteShare: formatShare(summary.meanAbsoluteShare),
          })}
          {summary.meanError !== 0 ? `: ${t(summary.meanError > 0 ? 'compare.over' : 'compare.under')}.` : '.'}
        </Text>
        <VisuallyHidden>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('compare.projected', { edition: drawnEdition })}</th>
                <th scope="col">{t('compare.actual', { edition: drawnNewest })}</th>
                <th scope="col">{t('compare.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{periodLongLabel(row.period, language)}</th>
                  <td>{formatQuantity(row.projected, 'GBTUD')}</td>
                  <td>{formatQuantity(row.actual, 'GBTUD')}</td>
                  <td>{formatChange(row.relative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Box>
    );

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {t('compare.titleShort')}
          </Title>
          <Group gap="xs" align="flex-end">
            {older.length > 0 && (
              <Select
                label={t('compare.edition')}
                data={older.map((value) => ({ value, label: value }))}
                value={edition}
                onChange={(value) => onCompareChange(value === older[0] ? null : value)}
                allowDeselect={false}
                w={160}
                size="xs"
                data-testid="demand-compare-edition"
              />
            )}
            {option && <LineageButton sourceIds={demandSource} subject={title} />}
          </Group>
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}
