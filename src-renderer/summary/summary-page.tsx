import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { formatNumber } from '../format/number-format';
import { formatPeriodLong } from '../format/period-format';
import { periodSources } from '../../src-shared/contract/catalog';
import { isPeriod } from '../../src-shared/domain/period';
import { formatChange, unitLabels } from '../format/units';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { definePage } from '../pages/page-definition';
import { heatingValueNote } from '../production/heating-value-note';
import { KpiCard, type KpiState } from './kpi-card';
import { balanceForYear, demandForYear, nextCalendarYear, productionKpi, productionKpiRange, royaltiesYearToDate } from './kpis';
import { summaryMessages } from './summary-messages';

const productionSource = ['anh-production'] as const;
const royaltiesSource = ['anh-royalties'] as const;
const demandSource = ['upme-demand'] as const;
const balanceSources = ['mme-declaration', 'upme-demand'] as const;

/** Resumen: the four national headline figures, each with its unit, period, source and page. */
function SummaryPage() {
  const t = useMessages(summaryMessages);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('page.asOf')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md">
        <ProductionKpiCard />
        <RoyaltiesKpiCard />
        <DemandKpiCard />
        <BalanceKpiCard />
      </SimpleGrid>
    </Stack>
  );
}

function ProductionKpiCard() {
  const t = useMessages(summaryMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { catalog, dataVersion } = useWorkspace();
  const { rateUnit } = usePageFilters();
  const last = catalog.periods.last;
  const input = useMemo(
    () => (last ? { ...productionKpiRange(last), granularity: 'month' as const, measure: 'fiscalizada' as const, rateUnit } : null),
    [last, rateUnit],
  );
  const series = useCommand('production.series', input, dataVersion);
  const kpi = useMemo(() => (series.data ? productionKpi(series.data.points) : null), [series.data]);

  let state: KpiState;
  if (series.status === 'error') state = { kind: 'error', content: <ErrorNotice what={t('production.what')} error={series.error} onRetry={series.reload} /> };
  else if (last === null) state = { kind: 'empty', message: t('production.empty') };
  else if (series.data === null) state = { kind: 'loading' };
  else if (kpi === null) state = { kind: 'empty', message: t('production.empty') };
  else {
    const comparison = (key: 'production.vsPrevious' | 'production.vsYearAgo', reference: { period: string; rate: number | null }, change: number | null) =>
      `${t(key, { period: formatPeriodLong(reference.period, language) })}: ${reference.rate === null ? t('production.noComparison') : formatChange(change)}`;
    state = {
      kind: 'ready',
      value: formatNumber(kpi.rate),
      unit: unitLabels[series.data.rateUnit],
      context: t('production.period', { period: formatPeriodLong(kpi.period, language) }),
      details: (
        <Stack gap={0}>
          <Text size="sm" data-testid="kpi-change-previous">
            {comparison('production.vsPrevious', kpi.previous, kpi.changeVsPrevious)}
          </Text>
          <Text size="sm" data-testid="kpi-change-year">
            {comparison('production.vsYearAgo', kpi.yearAgo, kpi.changeVsYearAgo)}
          </Text>
          {series.data.heatingValues && (
            <Text size="xs" c="dimmed" mt={4}>
              {heatingValueNote(series.data.heatingValues, language)}
            </Text>
          )}
        </Stack>
      ),
    };
  }
  return (
    <KpiCard
      testId="kpi-production"
      title={t('production.title')}
      state={state}
      source={t('production.source')}
      sourceIds={productionSource}
      pageId="produccion"
      pageLabel={localized({ es: 'Producción', en: 'Production' })}
      data={{ period: kpi?.period ?? null, 'rate-mpcd': kpi?.rateMpcd ?? null, 'change-previous': kpi?.changeVsPrevious ?? null, 'change-year': kpi?.changeVsYearAgo ?? null }}
    />
  );
}

function RoyaltiesKpiCard() {
  const t = useMessages(summaryMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const series = useCommand('royalties.series', { granularity: 'month' }, dataVersion);
  const kpi = useMemo(() => (series.data ? royaltiesYearToDate(series.data.points) : null), [series.data]);

  let state: KpiState;
  if (series.status === 'error') state = { kind: 'error', content: <ErrorNotice what={t('royalties.what')} error={series.error} onRetry={series.reload} /> };
  else if (series.data === null) state = { kind: 'loading' };
  else if (kpi === null) state = { kind: 'empty', message: t('royalties.empty') };
  else
    state = {
      kind: 'ready',
      value: formatNumber(kpi.cop, 0),
      unit: unitLabels.COP,
      context: t('royalties.period', { through: formatPeriodLong(kpi.through, language) }),
      details: (
        <Stack gap={0}>
          <Text size="sm">{t('royalties.months', { months: kpi.months })}</Text>
          <Text size="sm" data-testid="kpi-change-year">
            {t('royalties.vsPrevious', { year: kpi.year - 1 })}: {kpi.previousYearCop === null ? '—' : formatChange(kpi.change)}
          </Text>
        </Stack>
      ),
    };
  return (
    <KpiCard
      testId="kpi-royalties"
      title={t('royalties.title')}
      state={state}
      source={t('royalties.source')}
      sourceIds={royaltiesSource}
      pageId="regalias"
      pageLabel={localized({ es: 'Regalías', en: 'Royalties' })}
      data={{ year: kpi?.year ?? null, through: kpi?.through ?? null, cop: kpi?.cop ?? null }}
    />
  );
}

function DemandKpiCard() {
  const t = useMessages(summaryMessages);
  const localized = useLocalized();
  const { dataVersion } = useWorkspace();
  // Read once per mount: the horizon moves on New Year's Day, not while the page is open.
  const [year] = useState(() => nextCalendarYear(new Date()));
  const input = useMemo(
    () => ({ scenarios: ['medio' as const], sector: 'total' as const, granularity: 'year' as const, from: `${year}-01`, to: `${year}-12` }),
    [year],
  );
  const series = useCommand('demand.series', input, dataVersion);
  const kpi = useMemo(() => (series.data ? demandForYear(series.data.edition, series.data.points, year) : null), [series.data, year]);

  let state: KpiState;
  if (series.status === 'error') state = { kind: 'error', content: <ErrorNotice what={t('demand.what')} error={series.error} onRetry={series.reload} /> };
  else if (series.data === null) state = { kind: 'loading' };
  else if (series.data.edition === null) state = { kind: 'empty', message: t('demand.empty') };
  else if (kpi === null) state = { kind: 'empty', message: t('demand.noYear', { edition: series.data.edition, year }) };
  else
    state = {
      kind: 'ready',
      value: formatNumber(kpi.gbtud),
      unit: unitLabels.GBTUD,
      context: t('demand.period', { edition: kpi.edition }),
      details: kpi.months < 12 ? <Text size="sm">{t('demand.partial', { months: kpi.months })}</Text> : undefined,
    };
  return (
    <KpiCard
      testId="kpi-demand"
      title={t('demand.title', { year })}
      state={state}
      source={t('demand.source')}
      sourceIds={demandSource}
      pageId="demanda"
      pageLabel={localized({ es: 'Demanda', en: 'Demand' })}
      data={{ year, edition: kpi?.edition ?? null, gbtud: kpi?.gbtud ?? null }}
    />
  );
}

/**
 * Declared supply minus the medium scenario's demand for the same year, both as `balance.series`
 * computes them (GBTUD, latest resolution, current edition), and the first month the medium demand
 * exceeds declared supply over the whole declaration.
 */
function BalanceKpiCard() {
  const t = useMessages(summaryMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const [year] = useState(() => nextCalendarYear(new Date()));
  const yearlyInput = useMemo(() => ({ scenarios: ['medio' as const], granularity: 'year' as const, from: `${year}-01`, to: `${year}-12` }), [year]);
  const yearly = useCommand('balance.series', yearlyInput, dataVersion);
  const monthly = useCommand('balance.series', monthlyBalanceInput, dataVersion);
  const kpi = useMemo(() => (yearly.data ? balanceForYear(yearly.data.points, year) : null), [yearly.data, year]);
  const failed = yearly.status === 'error' ? yearly : monthly.status === 'error' ? monthly : null;

  let state: KpiState;
  if (failed?.error) state = { kind: 'error', content: <ErrorNotice what={t('gap.what')} error={failed.error} onRetry={failed.reload} /> };
  else if (yearly.data === null || monthly.data === null) state = { kind: 'loading' };
  else if (yearly.data.declarationPeriod === null) state = { kind: 'empty', message: t('gap.noDeclaration') };
  else if (yearly.data.edition === null) state = { kind: 'empty', message: t('gap.noDemand') };
  else if (kpi === null) state = { kind: 'empty', message: t('gap.noYear', { declaration: yearly.data.declarationPeriod, edition: yearly.data.edition, year }) };
  else {
    const firstDeficit = monthly.data.firstDeficit.medio;
    state = {
      kind: 'ready',
      value: formatNumber(kpi.gapGbtud),
      unit: unitLabels.GBTUD,
      context: t('gap.period', { supply: formatNumber(kpi.supplyGbtud), demand: formatNumber(kpi.demandGbtud) }),
      details: (
        <Stack gap={2} align="flex-start">
          <Badge color={kpi.gapGbtud < 0 ? 'red' : 'teal'} variant="light" data-testid="kpi-gap-sign">
            {t(kpi.gapGbtud < 0 ? 'gap.deficit' : 'gap.surplus')}
          </Badge>
          <Text size="sm" data-testid="kpi-first-deficit" data-period={firstDeficit ?? ''}>
            {firstDeficit && isPeriod(firstDeficit) ? t('gap.firstDeficit', { month: formatPeriodLong(firstDeficit, language) }) : t('gap.noDeficit')}
          </Text>
        </Stack>
      ),
    };
  }
  const source =
    yearly.data?.resolution && yearly.data.edition ? t('gap.source', { resolution: yearly.data.resolution, edition: yearly.data.edition }) : t('gap.sourceGeneric');
  return (
    <KpiCard
      testId="kpi-balance"
      title={t('gap.title', { year })}
      state={state}
      source={source}
      sourceIds={balanceSources}
      pageId="balance"
      pageLabel={localized({ es: 'Balance', en: 'Balance' })}
      data={{ year, 'gap-gbtud': kpi?.gapGbtud ?? null, 'first-deficit': monthly.data?.firstDeficit.medio ?? null }}
    />
  );
}

/** The whole declaration, month by month, medium scenario: where the first deficit is. */
const monthlyBalanceInput = { scenarios: ['medio' as const], granularity: 'month' as const };

export const summaryPage = definePage({
  id: 'resumen',
  label: { es: 'Resumen', en: 'Summary' },
  summary: {
    es: 'Las cifras nacionales más recientes: producción, regalías, demanda proyectada y balance.',
    en: 'The latest national figures: production, royalties, projected demand and balance.',
  },
  filters: ['rateUnit'],
  // Each card says on its own when its dataset is missing: any one loaded is a summary worth showing.
  needsData: periodSources,
  Component: SummaryPage,
});
