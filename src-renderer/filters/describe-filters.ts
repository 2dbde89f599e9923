import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { formatPeriodRange } from '../format/period-format';
import { unitLabels } from '../format/units';
import type { DashboardFilters } from './dashboard-filters';
import { filterMessages } from './filter-messages';

/**
 * One line that says what a set of filters selects, for the saved-views list:
 * `ene 2024 – dic 2024 · Departamentos: 2 · MPCD · MPC`.
 */
export function describeFilters(filters: DashboardFilters, language: Language): string {
  const t = (key: MessageKey<typeof filterMessages>, vars?: MessageVars) => translate(filterMessages, language, key, vars);
  const parts = [filters.period ? formatPeriodRange(filters.period.from, filters.period.to, language) : t('describe.lastMonths')];
  const counted = [
    ['departments.label', filters.departments.length],
    ['municipalities.label', filters.municipalities.length],
    ['operators.label', filters.operators.length],
    ['fields.label', filters.fields.length],
    ['contracts.label', filters.contracts.length],
    ['sectors.label', filters.sectors.length],
    ['regions.label', filters.regions.length],
  ] as const;
  for (const [label, count] of counted) if (count > 0) parts.push(t('describe.count', { label: t(label), count }));
  if (filters.edition) parts.push(t('edition.value', { edition: filters.edition }));
  parts.push(`${t('scenario.label')} ${t(`scenario.${filters.scenario}`).toLowerCase()}`);
  parts.push(unitLabels[filters.rateUnit], unitLabels[filters.volumeUnit]);
  return parts.join(' · ');
}
