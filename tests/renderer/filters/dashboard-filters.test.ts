import { describe, expect, it } from 'vitest';
import {
  activeEntityFilterCount,
  dashboardFiltersSchema,
  defaultFilters,
  knownSelections,
  resolvePeriod,
  toFactFilters,
} from '../../../src-renderer/filters/dashboard-filters';
import { catalog } from '../dashboard-fixtures';

const none = { departments: [], municipalities: [], operators: [], fields: [], contracts: [] };

describe('resolvePeriod', () => {
  it('uses the last 24 months of data while the analyst has not chosen a window', () => {
    expect(resolvePeriod(null, '2020-01', '2025-10')).toEqual({ from: '2023-11', to: '2025-10' });
  });

  it('keeps a chosen window, clipped to the months with data', () => {
    expect(resolvePeriod({ from: '2024-01', to: '2024-12' }, '2020-01', '2025-10')).toEqual({ from: '2024-01', to: '2024-12' });
    expect(resolvePeriod({ from: '2019-06', to: '2026-03' }, '2020-01', '2025-10')).toEqual({ from: '2020-01', to: '2025-10' });
  });

  it('falls back to the default window when the chosen one no longer overlaps the data', () => {
    expect(resolvePeriod({ from: '2018-01', to: '2019-12' }, '2020-01', '2025-10')).toEqual({ from: '2023-11', to: '2025-10' });
  });

  it("uses the page's own default window when it gives one, and only then", () => {
    const projection = { from: '2026-01', to: '2036-12' };
    expect(resolvePeriod(null, '2010-01', '2039-12', projection)).toEqual(projection);
    expect(resolvePeriod({ from: '2001-01', to: '2002-12' }, '2010-01', '2039-12', projection)).toEqual(projection);
    // A window pinned on a production page carries over, clipped to the projection's months.
    expect(resolvePeriod({ from: '2024-01', to: '2025-12' }, '2025-01', '2034-12', projection)).toEqual({ from: '2025-01', to: '2025-12' });
  });
});

describe('knownSelections', () => {
  it('drops keys the catalog does not know, keeping the known ones and empty lists as "all"', () => {
    const filters = { ...defaultFilters, departments: ['85', '99'], fields: ['CUSIANA', 'GONE'], operators: [] };
    expect(knownSelections(filters, catalog)).toEqual({ ...none, departments: ['85'], fields: ['CUSIANA'] });
  });
});

describe('toFactFilters', () => {
  const range = { from: '2024-01', to: '2024-12' };

  it('sends nothing for "all" and sorted lists for choices, so one selection is one request', () => {
    expect(toFactFilters(none, range, ['period', 'departments'])).toEqual(range);
    expect(toFactFilters({ ...none, departments: ['85', '23'] }, range, ['period', 'departments'])).toEqual({ ...range, departments: ['23', '85'] });
  });

  it('applies only the filters the page uses', () => {
    const selections = { ...none, departments: ['85'], operators: ['ECOPETROL S.A.'] };
    expect(toFactFilters(selections, range, ['operators'])).toEqual({ operators: ['ECOPETROL S.A.'] });
    expect(toFactFilters(selections, range, [])).toEqual({});
    expect(activeEntityFilterCount(selections, ['period', 'departments', 'operators'])).toBe(2);
    expect(activeEntityFilterCount(selections, ['operators'])).toBe(1);
  });
});

describe('dashboardFiltersSchema', () => {
  it('reads back what was stored', () => {
    const stored = { ...defaultFilters, period: { from: '2024-01', to: '2024-12' }, departments: ['85'], rateUnit: 'KPCD', sectors: ['industrial'] };
    expect(dashboardFiltersSchema.parse(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('replaces each damaged or outdated value by its default and keeps the rest', () => {
    const damaged = { period: { from: '2024-12', to: '2024-01' }, departments: 'Casanare', rateUnit: 'BTU', scenario: 'medio', fields: ['CUSIANA'], edition: '24' };
    expect(dashboardFiltersSchema.parse(damaged)).toEqual({ ...defaultFilters, fields: ['CUSIANA'] });
  });
});
