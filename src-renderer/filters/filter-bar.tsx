import { Group, MultiSelect, Paper, Select } from '@mantine/core';
import { useMemo } from 'react';
import type { DimensionOption } from '../../src-shared/contract/catalog';
import { formatPeriodShort } from '../format/period-format';
import { monthsBetween, withFrom, withTo } from './period-range';
import type { ProductionFilters } from './production-filters';

export interface FilterBarProps {
  /** Oldest and newest month with data, from `catalog.dimensions`. */
  firstPeriod: string;
  lastPeriod: string;
  departments: DimensionOption[];
  value: ProductionFilters;
  onChange: (next: ProductionFilters) => void;
}

export function FilterBar({ firstPeriod, lastPeriod, departments, value, onChange }: FilterBarProps) {
  // Newest first: analysts mostly move the window around the latest months.
  const monthOptions = useMemo(
    () => monthsBetween(firstPeriod, lastPeriod).reverse().map((period) => ({ value: period, label: formatPeriodShort(period) })),
    [firstPeriod, lastPeriod],
  );
  const departmentOptions = useMemo(() => departments.map((d) => ({ value: d.key, label: d.label })), [departments]);

  return (
    <Paper withBorder p="sm" radius="md" data-testid="filter-bar">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label="Desde"
          data={monthOptions}
          value={value.from}
          onChange={(from) => from && onChange({ ...value, ...withFrom(value, from) })}
          allowDeselect={false}
          searchable
          nothingFoundMessage="Sin meses que coincidan"
          w={150}
          data-testid="filter-from"
        />
        <Select
          label="Hasta"
          data={monthOptions}
          value={value.to}
          onChange={(to) => to && onChange({ ...value, ...withTo(value, to) })}
          allowDeselect={false}
          searchable
          nothingFoundMessage="Sin meses que coincidan"
          w={150}
          data-testid="filter-to"
        />
        <MultiSelect
          label="Departamentos"
          placeholder={value.departments.length === 0 ? 'Todo el país' : undefined}
          data={departmentOptions}
          value={value.departments}
          onChange={(selected) => onChange({ ...value, departments: selected })}
          searchable
          clearable
          nothingFoundMessage="Ningún departamento coincide"
          style={{ flex: 1, minWidth: 260 }}
          data-testid="filter-departments"
        />
      </Group>
    </Paper>
  );
}
