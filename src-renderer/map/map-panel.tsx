import { Grid, LoadingOverlay, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { MapMeasure } from '../../src-shared/contract/map';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import type { PeriodRange } from '../filters/period-range';
import { formatNumber } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { ChartLineageButton } from '../sources/lineage-button';
import { BoundariesMissing } from './boundaries-missing';
import { MapChart } from './map-chart';
import { mapClasses } from './map-classes';
import { mapLevelNouns, mapMeasureLabels, mapMessages } from './map-messages';
import { formatMapValue } from './map-option';
import { MapRanking } from './map-ranking';
import type { MapView } from './map-route';

const MAP_HEIGHT = 540;

const sourcesOf = (measure: MapMeasure) => (measure === 'royaltiesCop' || measure === 'royaltiesUsd' ? (['anh-royalties', 'dane-territory'] as const) : (['anh-production', 'dane-territory'] as const));

export interface MapPanelProps {
  view: MapView;
  range: PeriodRange | null;
  /** Codes of the view's level the shared filters select. */
  selected: readonly string[];
  onTerritory: (code: string, name: string) => void;
}

/**
 * Boundaries and values of the level, drawn once both are in. Missing boundaries are a normal state of
 * a fresh installation (the DANE source not refreshed yet), not an error: they get their own guidance.
 */
export function MapPanel({ view, range, selected, onTerritory }: MapPanelProps) {
  const t = useMessages(mapMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const boundaries = useCommand('map.boundaries', { level: view.level }, dataVersion);
  const valuesInput = useMemo(() => ({ level: view.level, measure: view.measure, ...(range ? { from: range.from, to: range.to } : {}) }), [view.level, view.measure, range]);
  const values = useCommand('map.values', valuesInput, dataVersion);
  const answer = values.data;
  const shape = boundaries.data;
  const classes = useMemo(() => (answer ? mapClasses(answer.values.map((entry) => entry.value)) : []), [answer]);
  const measureLabel = answer ? localized(mapMeasureLabels[answer.measure]) : '';
  const answeredRange = answer?.from && answer.to ? formatPeriodRange(answer.from, answer.to, language) : null;
  const source = answer ? t(answer.measure === 'royaltiesCop' || answer.measure === 'royaltiesUsd' ? 'chart.sourceRoyalties' : 'chart.sourceProduction') : '';
  const title = answer ? t('chart.title', { measure: measureLabel, level: localized(mapLevelNouns[answer.level].one), unit: answer.unit }) : '';
  const subtitle = [answeredRange, source].filter(Boolean).join(' · ');
  // Only a map whose boundaries and values are of the same level is drawn (one may still be loading).
  const sameLevel = answer && shape && answer.level === shape.level;
  const input = useMemo(
    () => (answer ? { level: answer.level, values: answer.values, classes, unit: answer.unit, selected, title, source: subtitle, language } : null),
    [answer, classes, selected, title, subtitle, language],
  );
  const loading = values.status === 'loading' || boundaries.status === 'loading';

  if (boundaries.status === 'error' && boundaries.error.code === 'not-found') {
    return <BoundariesMissing level={view.level} onRecheck={boundaries.reload} rechecking={false} />;
  }
  if (boundaries.status === 'error') return <ErrorNotice what={t('boundaries.what')} error={boundaries.error} onRetry={boundaries.reload} />;
  if (values.status === 'error') return <ErrorNotice what={t('chart.what')} error={values.error} onRetry={values.reload} />;
  if (!sameLevel || !input || !shape || !answer) return <Skeleton height={MAP_HEIGHT} data-testid="map-loading" />;

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <ChartLineageButton sourceIds={sourcesOf(answer.measure)} subject={`${title} · ${subtitle}`} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }} pos="relative">
          <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
          <Stack
            gap={4}
            data-testid="map"
            data-loading={loading}
            data-level={answer.level}
            data-measure={answer.measure}
            data-unit={answer.unit}
            data-from={answer.from ?? ''}
            data-to={answer.to ?? ''}
            data-values={answer.values.length}
          >
            {answer.values.length === 0 && (
              <Text size="sm" c="dimmed" data-testid="map-no-results">
                {t('chart.noResults', { measure: measureLabel, range: range ? formatPeriodRange(range.from, range.to, language) : '—' })}
              </Text>
            )}
            <MapChart boundaries={shape} input={input} height={MAP_HEIGHT} ariaLabel={`${title}. ${subtitle}.`} onTerritoryClick={onTerritory} />
            <Text size="xs" c="dimmed">
              {t('chart.noDataLegend')}
            </Text>
            <Text size="xs" c="dimmed" data-testid="map-boundaries-source">
              {t('chart.sourceBoundaries', { file: shape.source.coverage ? `${shape.source.coverage} (${shape.source.fileName})` : shape.source.fileName })}
            </Text>
            {answer.measure === 'productionRate' && (
              <Text size="xs" c="dimmed">
                {t('chart.rateNote')}
              </Text>
            )}
            {answer.unplaced.rows > 0 && (
              <Text size="xs" c="dimmed" data-testid="map-unplaced" data-value={answer.unplaced.value} data-rows={answer.unplaced.rows}>
                {t('chart.unplaced', { value: formatMapValue(answer.unplaced.value, answer.unit, language), rows: answer.unplaced.rows === 1 ? t('rows.one') : t('rows.many', { count: formatNumber(answer.unplaced.rows, 0) }) })}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} pt={{ md: 48 }}>
          <MapRanking level={answer.level} values={answer.values} classes={classes} unit={answer.unit} selected={selected} onSelect={onTerritory} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
