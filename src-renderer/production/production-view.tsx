import { Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DimensionOption } from '../../src-shared/contract/catalog';
import { FilterBar } from '../filters/filter-bar';
import { defaultPeriodRange } from '../filters/period-range';
import { toFactFilters, type ProductionFilters } from '../filters/production-filters';
import { DepartmentBreakdownPanel } from './department-breakdown-panel';
import { ProductionChartPanel } from './production-chart-panel';

export interface ProductionViewProps {
  firstPeriod: string;
  lastPeriod: string;
  departments: DimensionOption[];
  /** Bumped when new data was loaded, so every panel asks again. */
  dataVersion: number;
}

/** The first screen once data exists: filters on top, the national series and the department breakdown below. */
export function ProductionView({ firstPeriod, lastPeriod, departments, dataVersion }: ProductionViewProps) {
  const [filters, setFilters] = useState<ProductionFilters>(() => ({ ...defaultPeriodRange(firstPeriod, lastPeriod), departments: [] }));
  const factFilters = useMemo(() => toFactFilters(filters), [filters]);
  const departmentNames = useMemo(() => {
    const labels = new Map(departments.map((d) => [d.key, d.label]));
    return filters.departments.map((key) => labels.get(key) ?? key);
  }, [departments, filters.departments]);

  return (
    <Stack gap="md">
      <FilterBar firstPeriod={firstPeriod} lastPeriod={lastPeriod} departments={departments} value={filters} onChange={setFilters} />
      <ProductionChartPanel filters={factFilters} range={filters} departmentNames={departmentNames} dataVersion={dataVersion} />
      <DepartmentBreakdownPanel filters={factFilters} dataVersion={dataVersion} />
    </Stack>
  );
}
