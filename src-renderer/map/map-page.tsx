import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { mapMeasures } from '../../src-shared/contract/map';
import { useWorkspace } from '../app/workspace-context';
import { useFilters } from '../filters/filters-context';
import { usePageFilters } from '../filters/use-page-filters';
import { useLocalized, useMessages } from '../i18n/language-context';
import { definePage } from '../pages/page-definition';
import { formatHash } from '../router/hash-route';
import { useHashRouter } from '../router/use-hash-route';
import { mapMeasureLabels, mapMessages } from './map-messages';
import { MapPanel } from './map-panel';
import { mapLevels, mapMeasureSource, mapViewParams, parseMapView, type MapView } from './map-route';
import { selectedCodes, territoryClick } from './map-selection';
import { LabelledSegments } from '../layout/labelled-segments';

/**
 * Mapa: a choropleth of departments or municipalities for one measure over the period filter. A click
 * on a territory (or on its name in the list) sets the shared territorial filters, so every page then
 * shows that territory; a second click removes it.
 */
function MapPage() {
  const t = useMessages(mapMessages);
  const localized = useLocalized();
  const { route, setParams } = useHashRouter();
  const view = useMemo(() => parseMapView(route.params), [route.params]);
  const change = useCallback((changes: Partial<MapView>) => setParams(mapViewParams({ ...view, ...changes })), [view, setParams]);
  const { range, selections } = usePageFilters();
  const { filters, update } = useFilters();
  const { catalog } = useWorkspace();
  const [unknown, setUnknown] = useState<string | null>(null);
  const selected = useMemo(() => selectedCodes(view.level, selections), [view.level, selections]);

  const onTerritory = useCallback(
    (code: string, name: string) => {
      const outcome = territoryClick(view.level, code, { departments: filters.departments, municipalities: filters.municipalities }, catalog);
      switch (outcome.kind) {
        case 'filter':
          setUnknown(null);
          update(outcome.filters);
          return;
        case 'unknown':
          setUnknown(name);
          return;
      }
    },
    [view.level, filters.departments, filters.municipalities, catalog, update],
  );

  const names = [
    ...selections.departments.map((code) => catalog.departments.find((entry) => entry.key === code)?.label ?? code),
    ...selections.municipalities.map((code) => catalog.municipalities.find((entry) => entry.key === code)?.label ?? code),
  ];

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <LabelledSegments
            label={t('controls.level')}
            testId="map-level"
            options={mapLevels}
            optionLabel={(level) => t(level === 'department' ? 'controls.department' : 'controls.municipality')}
            value={view.level}
            onChange={(level) => change({ level })}
          />
          <Select
            label={t('controls.measure')}
            data={mapMeasures.map((measure) => ({ value: measure, label: localized(mapMeasureLabels[measure]) }))}
            value={view.measure}
            onChange={(value) => change({ measure: mapMeasures.find((measure) => measure === value) ?? view.measure })}
            allowDeselect={false}
            w={320}
            data-testid="map-measure"
          />
        </Group>
      </Paper>
      {names.length > 0 && (
        <Alert color="blue" variant="light" p="sm" data-testid="map-selection" data-departments={selections.departments.join(',')} data-municipalities={selections.municipalities.join(',')}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">{t('selection.active', { names: names.join(' · ') })}</Text>
            <Group gap="sm" wrap="nowrap">
              <Anchor href={formatHash({ page: 'produccion', params: {} })} size="sm" data-testid="map-open-production">
                {t('selection.openProduction')}
              </Anchor>
              <Anchor href={formatHash({ page: 'regalias', params: {} })} size="sm">
                {t('selection.openRoyalties')}
              </Anchor>
              <Button size="xs" variant="subtle" onClick={() => update({ departments: [], municipalities: [] })} data-testid="map-clear-selection">
                {t('selection.clear')}
              </Button>
            </Group>
          </Group>
        </Alert>
      )}
      {unknown && (
        <Alert color="yellow" variant="light" p="sm" withCloseButton onClose={() => setUnknown(null)} data-testid="map-unknown-territory">
          {t('selection.unknown', { name: unknown })}
        </Alert>
      )}
      <MapPanel view={view} range={range} selected={selected} onTerritory={onTerritory} />
    </Stack>
  );
}


export const mapPage = definePage({
  id: 'mapa',
  label: { es: 'Mapa', en: 'Map' },
  summary: {
    es: 'Producción y regalías por departamento y municipio en el periodo elegido. Un clic en un territorio filtra todas las páginas por él.',
    en: 'Production and royalties by department and municipality over the chosen period. Clicking a territory filters every page by it.',
  },
  filters: ['period', 'departments', 'municipalities'],
  needsData: ['production', 'royalties'],
  // Royalties are published later and over other years than production: their own months, when shown.
  periodSource: (params) => mapMeasureSource(parseMapView(params).measure),
  Component: MapPage,
});
