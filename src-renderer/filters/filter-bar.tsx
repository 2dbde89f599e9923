import { Button, Group, MultiSelect, Paper, Select, type ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { demandRegionIds, demandRegionLabels, demandSectorIds, demandSectorLabels, type DemandRegionId, type DemandSector } from '../../src-shared/contract/demand';
import { rateUnits, volumeUnits, type RateUnit, type VolumeUnit } from '../../src-shared/domain/units';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { formatPeriodShort } from '../format/period-format';
import { unitLabels } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { activeEntityFilterCount, projectionScenarios, type FilterKey, type ProjectionScenario } from './dashboard-filters';
import { filterMessages } from './filter-messages';
import { useFilters } from './filters-context';
import { monthsBetween, withFrom, withTo } from './period-range';
import { SavedViewsButton } from './saved-views-button';
import { sourcePeriodSpan } from './source-periods';
import { usePageFilters } from './use-page-filters';

const wide = { flex: '1 1 160px', minWidth: 150, maxWidth: 320 } as const;
/** Long lists (hundreds of fields) render only this many matches at a time; typing narrows them. */
const OPTION_LIMIT = 150;

/** The one filter bar: the page's filters only, in the page's order, then saved views and "clear". */
export function FilterBar({ keys }: { keys: readonly FilterKey[] }) {
  const t = useMessages(filterMessages);
  const { language } = useLanguage();
  const { catalog, periodSource } = useWorkspace();
  const { filters, update, clear } = useFilters();
  const page = usePageFilters();
  // The months of the page's own dataset: royalties reach past production, projections years ahead.
  const { first, last } = sourcePeriodSpan(catalog, periodSource);

  const monthOptions = useMemo(
    () => (first && last ? monthsBetween(first, last).reverse().map((period) => ({ value: period, label: formatPeriodShort(period, language) })) : []),
    [first, last, language],
  );
  const toOptions = (list: readonly { key: string; label: string }[]): ComboboxItem[] => list.map((item) => ({ value: item.key, label: item.label }));
  const departmentOptions = useMemo(() => toOptions(catalog.departments), [catalog.departments]);
  const departmentNames = useMemo(() => new Map(catalog.departments.map((d) => [d.key, d.label])), [catalog.departments]);
  const selectedDepartments = page.selections.departments;
  const municipalityOptions = useMemo(
    () =>
      catalog.municipalities
        // With departments chosen, only their municipalities are offered (plus those already picked).
        .filter((m) => selectedDepartments.length === 0 || (m.departmentCode !== null && selectedDepartments.includes(m.departmentCode)) || filters.municipalities.includes(m.key))
        .map((m) => ({ value: m.key, label: m.departmentCode ? `${m.label} (${departmentNames.get(m.departmentCode) ?? m.departmentCode})` : m.label })),
    [catalog.municipalities, selectedDepartments, filters.municipalities, departmentNames],
  );
  const operatorOptions = useMemo(() => toOptions(catalog.operators), [catalog.operators]);
  const fieldOptions = useMemo(() => toOptions(catalog.fields), [catalog.fields]);
  const contractOptions = useMemo(() => toOptions(catalog.contracts), [catalog.contracts]);
  const editions = useCommand('demand.editions', keys.includes('edition') ? {} : null);

  const range = page.range;
  const clearable = activeEntityFilterCount(page.selections, keys) > 0 || (keys.includes('period') && filters.period !== null);

  const control = (key: FilterKey) => {
    switch (key) {
      case 'period':
        return range ? (
          <Group key={key} gap="xs" wrap="nowrap">
            <Select
              label={t('period.from')}
              data={monthOptions}
              value={range.from}
              onChange={(from) => from && update({ period: withFrom(range, from) })}
              allowDeselect={false}
              searchable
              nothingFoundMessage={t('period.noMatch')}
              w={118}
              data-testid="filter-from"
            />
            <Select
              label={t('period.to')}
              data={monthOptions}
              value={range.to}
              onChange={(to) => to && update({ period: withTo(range, to) })}
              allowDeselect={false}
              searchable
              nothingFoundMessage={t('period.noMatch')}
              w={118}
              data-testid="filter-to"
            />
          </Group>
        ) : null;
      case 'departments':
        return (
          <MultiSelect
            key={key}
            label={t('departments.label')}
            placeholder={page.selections.departments.length === 0 ? t('departments.all') : undefined}
            data={departmentOptions}
            value={page.selections.departments}
            onChange={(departments) => update({ departments })}
            searchable
            clearable
            nothingFoundMessage={t('departments.noMatch')}
            style={wide}
            data-testid="filter-departments"
          />
        );
      case 'municipalities':
        return (
          <MultiSelect
            key={key}
            label={t('municipalities.label')}
            placeholder={page.selections.municipalities.length === 0 ? t('municipalities.all') : undefined}
            data={municipalityOptions}
            value={page.selections.municipalities}
            onChange={(municipalities) => update({ municipalities })}
            searchable
            clearable
            limit={OPTION_LIMIT}
            nothingFoundMessage={t('municipalities.noMatch')}
            style={wide}
            data-testid="filter-municipalities"
          />
        );
      case 'operators':
        return (
          <MultiSelect
            key={key}
            label={t('operators.label')}
            placeholder={page.selections.operators.length === 0 ? t('operators.all') : undefined}
            data={operatorOptions}
            value={page.selections.operators}
            onChange={(operators) => update({ operators })}
            searchable
            clearable
            limit={OPTION_LIMIT}
            nothingFoundMessage={t('operators.noMatch')}
            style={wide}
            data-testid="filter-operators"
          />
        );
      case 'fields':
        return (
          <MultiSelect
            key={key}
            label={t('fields.label')}
            placeholder={page.selections.fields.length === 0 ? t('fields.all') : undefined}
            data={fieldOptions}
            value={page.selections.fields}
            onChange={(fields) => update({ fields })}
            searchable
            clearable
            limit={OPTION_LIMIT}
            nothingFoundMessage={t('fields.noMatch')}
            style={wide}
            data-testid="filter-fields"
          />
        );
      case 'contracts':
        return (
          <MultiSelect
            key={key}
            label={t('contracts.label')}
            placeholder={page.selections.contracts.length === 0 ? t('contracts.all') : undefined}
            data={contractOptions}
            value={page.selections.contracts}
            onChange={(contracts) => update({ contracts })}
            searchable
            clearable
            limit={OPTION_LIMIT}
            nothingFoundMessage={t('contracts.noMatch')}
            style={wide}
            data-testid="filter-contracts"
          />
        );
      case 'sectors':
        return (
          <MultiSelect
            key={key}
            label={t('sectors.label')}
            placeholder={filters.sectors.length === 0 ? t('sectors.all') : undefined}
            data={demandSectorIds.filter((sector) => sector !== 'total').map((sector) => ({ value: sector, label: demandSectorLabels[sector] }))}
            value={filters.sectors}
            onChange={(sectors) => update({ sectors: sectors as DemandSector[] })}
            clearable
            style={wide}
            data-testid="filter-sectors"
          />
        );
      case 'regions':
        return (
          <MultiSelect
            key={key}
            label={t('regions.label')}
            placeholder={filters.regions.length === 0 ? t('regions.all') : undefined}
            data={demandRegionIds.map((region) => ({ value: region, label: demandRegionLabels[region] }))}
            value={filters.regions}
            onChange={(regions) => update({ regions: regions as DemandRegionId[] })}
            clearable
            style={wide}
            data-testid="filter-regions"
          />
        );
      case 'scenario':
        return (
          <Select
            key={key}
            label={t('scenario.label')}
            data={projectionScenarios.map((scenario) => ({ value: scenario, label: t(`scenario.${scenario}`) }))}
            value={filters.scenario}
            onChange={(scenario) => scenario && update({ scenario: scenario as ProjectionScenario })}
            allowDeselect={false}
            w={120}
            data-testid="filter-scenario"
          />
        );
      case 'edition':
        return (
          <Select
            key={key}
            label={t('edition.label')}
            data={[
              { value: '', label: t('edition.latest') },
              ...(editions.data?.editions ?? []).map((edition) => ({ value: edition.edition, label: t('edition.value', { edition: edition.edition }) })),
            ]}
            value={filters.edition ?? ''}
            onChange={(edition) => update({ edition: edition ? edition : null })}
            allowDeselect={false}
            w={170}
            data-testid="filter-edition"
          />
        );
      case 'rateUnit':
        return (
          <Select
            key={key}
            label={t('rateUnit.label')}
            data={rateUnits.map((unit) => ({ value: unit, label: unitLabels[unit] }))}
            value={filters.rateUnit}
            onChange={(unit) => unit && update({ rateUnit: unit as RateUnit })}
            allowDeselect={false}
            w={100}
            data-testid="filter-rate-unit"
          />
        );
      case 'volumeUnit':
        return (
          <Select
            key={key}
            label={t('volumeUnit.label')}
            data={volumeUnits.map((unit) => ({ value: unit, label: unitLabels[unit] }))}
            value={filters.volumeUnit}
            onChange={(unit) => unit && update({ volumeUnit: unit as VolumeUnit })}
            allowDeselect={false}
            w={100}
            data-testid="filter-volume-unit"
          />
        );
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="filter-bar" component="section" aria-label={t('bar.label')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {keys.map(control)}
        <Group gap="xs" ml="auto" wrap="nowrap">
          <SavedViewsButton />
          <Button variant="subtle" onClick={() => clear(keys)} disabled={!clearable} data-testid="filter-clear">
            {t('clear.label')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
