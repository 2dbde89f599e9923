import type { BalancePoint, BalanceScenario } from '../../src-shared/contract/balance';
import type { Granularity } from '../../src-shared/contract/filters';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, REST_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { periodAxisLabel, periodLongLabel } from '../charts/period-axis';
import { formatNumber } from '../format/number-format';
import { formatQuantity } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { balanceMessages } from './balance-messages';
import { deficitRuns, isDeficit } from './deficits';

export const SURPLUS_COLOR = '#12b886';
export const DEFICIT_COLOR = '#fa5252';
const DEFICIT_SHADE = 'rgba(250, 82, 82, 0.08)';
const scenarioColors: Record<BalanceScenario, string> = { bajo: '#7950f2', medio: PRIMARY_SERIES_COLOR, alto: '#f76707' };

export interface BalanceChartInput {
  points: readonly BalancePoint[];
  scenarios: readonly BalanceScenario[];
  /** The scenario whose deficits are highlighted (the shared scenario filter). */
  highlighted: BalanceScenario;
  granularity: Granularity;
  source: string;
  language: Language;
}

function translator(language: Language) {
  return (key: MessageKey<typeof balanceMessages>, vars?: MessageVars) => translate(balanceMessages, language, key, vars);
}

export function balanceChartTitle(language: Language): string {
  return translator(language)('chart.title');
}

/** The chart's subtitle: what each point is (a month's or a year's daily average), then the sources. */
export function balanceChartSubtitle(granularity: Granularity, source: string, language: Language): string {
  const t = translator(language);
  return `${t(granularity === 'month' ? 'chart.monthly' : 'chart.yearly')} · ${source}`;
}

/**
 * Declared supply as bars, red where the highlighted scenario's demand exceeds it, and each scenario's
 * demand as a line (the highlighted one solid). Runs of deficit periods are shaded too, so the months
 * stand out even where bars are thin.
 */
export function balanceChartOption({ points, scenarios, highlighted, granularity, source, language }: BalanceChartInput): CartesianChartOption {
  const t = translator(language);
  const scenarioName = (scenario: BalanceScenario) => t(`badge.${scenario}`).toLowerCase();
  const runs = scenarios.includes(highlighted) ? deficitRuns(points, highlighted) : [];
  return {
    animationDuration: 300,
    title: chartTitle(balanceChartTitle(language), balanceChartSubtitle(granularity, source, language)),
    legend: { top: 52, left: 0 },
    grid: { left: 16, right: 24, top: 100, bottom: 28, containLabel: true },
    tooltip: axisTooltip(points, (point) => balanceTooltip(point, scenarios, language)),
    xAxis: { type: 'category', data: points.map((point) => point.period), axisLabel: { formatter: (period: string) => periodAxisLabel(period, language) } },
    yAxis: { type: 'value', name: 'GBTUD', nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: [
      {
        type: 'bar',
        name: t('chart.supply'),
        color: SURPLUS_COLOR,
        barMaxWidth: 24,
        data: points.map((point) => ({
          value: point.supplyGbtud,
          itemStyle: { color: point.gapGbtud[highlighted] === null ? REST_COLOR : isDeficit(point, highlighted) ? DEFICIT_COLOR : SURPLUS_COLOR },
        })),
        markArea:
          runs.length > 0
            ? { silent: true, itemStyle: { color: DEFICIT_SHADE }, data: runs.map((run) => [{ xAxis: run.from }, { xAxis: run.to }] as [{ xAxis: string }, { xAxis: string }]) }
            : undefined,
      },
      ...scenarios.map((scenario) => ({
        type: 'line' as const,
        name: t('chart.demand', { scenario: scenarioName(scenario) }),
        data: points.map((point) => point.demandGbtud[scenario]),
        color: scenarioColors[scenario],
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: scenario === highlighted ? 2.5 : 1.5, type: scenario === highlighted ? ('solid' as const) : ('dashed' as const) },
        z: scenario === highlighted ? 4 : 3,
      })),
    ],
  };
}

/** One period: supply, then each scenario's demand and whether it leaves a deficit or a surplus. */
export function balanceTooltip(point: BalancePoint, scenarios: readonly BalanceScenario[], language: Language): string {
  const t = translator(language);
  const lines = [`<strong>${periodLongLabel(point.period, language)}</strong>`, t('tooltip.supply', { value: formatQuantity(point.supplyGbtud, 'GBTUD') })];
  for (const scenario of scenarios) {
    const demand = point.demandGbtud[scenario];
    const gap = point.gapGbtud[scenario];
    if (demand === null || gap === null) {
      lines.push(t('tooltip.noDemand', { scenario: t(`scenario.${scenario}`) }));
      continue;
    }
    const balance = t(gap < 0 ? 'tooltip.deficit' : 'tooltip.surplus', { value: formatQuantity(Math.abs(gap), 'GBTUD') });
    lines.push(t('tooltip.demand', { scenario: t(`scenario.${scenario}`), value: formatQuantity(demand, 'GBTUD'), balance }));
  }
  return lines.join('<br/>');
}
