import { Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { ProductionExportActions } from '../exports/page-export-actions';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { ProductionBreakdownPanel } from './production-breakdown-panel';
import { ProductionChartPanel } from './production-chart-panel';
import { ProductionControls } from './production-controls';
import { parseProductionView, productionViewParams, type ProductionView } from './production-route';
import { YearOverYearPanel } from './year-over-year-panel';

/** Producción: the monthly series (stacked or not), the top-N table and this year against last year. */
function ProductionPage() {
  const { route, setParams } = useHashRouter();
  const view = useMemo(() => parseProductionView(route.params), [route.params]);
  const change = useCallback((changes: Partial<ProductionView>) => setParams(productionViewParams({ ...view, ...changes })), [view, setParams]);

  return (
    <Stack gap="md">
      <ProductionControls view={view} onChange={change} />
      <ProductionChartPanel view={view} />
      <ProductionBreakdownPanel view={view} onChange={change} />
      <YearOverYearPanel view={view} />
    </Stack>
  );
}

export const productionPage = definePage({
  id: 'produccion',
  label: { es: 'Producción', en: 'Production' },
  summary: {
    es: 'Producción de gas por mes según la ANH: serie, desglose por territorio y entidad, las ocho medidas y la comparación con el año anterior.',
    en: 'Monthly gas production as reported by ANH: series, breakdown by territory and entity, the eight measures and the year-over-year comparison.',
  },
  filters: ['period', 'departments', 'municipalities', 'operators', 'fields', 'contracts', 'rateUnit', 'volumeUnit'],
  needsData: ['production'],
  Component: ProductionPage,
  Actions: ProductionExportActions,
});
