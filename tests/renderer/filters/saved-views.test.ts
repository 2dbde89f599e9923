import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../../src-renderer/filters/dashboard-filters';
import { loadFilters, loadViews, storeFilters, storeViews } from '../../../src-renderer/filters/filter-persistence';
import { deleteView, findView, MAX_SAVED_VIEWS, saveView, saveViewProblem } from '../../../src-renderer/filters/saved-views';
import { memoryStore } from '../../../src-renderer/storage/key-value-store';

const now = new Date('2025-11-20T15:00:00Z');
const casanare = { ...defaultFilters, departments: ['85'], period: { from: '2024-01', to: '2024-12' } };

describe('saved views', () => {
  it('saves under a trimmed name, sorted with Spanish collation', () => {
    let views = saveView([], '  Zona norte ', casanare, now);
    views = saveView(views, 'Ñame', defaultFilters, now);
    views = saveView(views, 'área sur', defaultFilters, now);
    expect(views.map((view) => view.name)).toEqual(['área sur', 'Ñame', 'Zona norte']);
    expect(views[2]).toEqual({ name: 'Zona norte', filters: casanare, savedAt: '2025-11-20T15:00:00.000Z' });
  });

  it('replaces a view saved again under the same name, whatever its case or accents', () => {
    const first = saveView([], 'Casanare', defaultFilters, now);
    const again = saveView(first, 'CASANARÉ', casanare, now);
    expect(again).toHaveLength(1);
    expect(again[0]!.filters).toEqual(casanare);
    expect(findView(again, 'casanare')?.name).toBe('CASANARÉ');
    expect(deleteView(again, 'Casanaré')).toEqual([]);
  });

  it('refuses empty and overlong names, and a new name past the limit (replacing still works)', () => {
    expect(saveViewProblem([], '   ')).toBe('empty');
    expect(saveViewProblem([], 'x'.repeat(61))).toBe('too-long');
    const full = Array.from({ length: MAX_SAVED_VIEWS }, (_, index) => ({ name: `Vista ${index}`, filters: defaultFilters, savedAt: now.toISOString() }));
    expect(saveViewProblem(full, 'Otra')).toBe('too-many');
    expect(saveViewProblem(full, 'vista 3')).toBeNull();
    expect(() => saveView([], '', defaultFilters, now)).toThrow(RangeError);
  });
});

describe('persistence between launches', () => {
  it('starts from the defaults, then reads back the last filters and views', () => {
    const store = memoryStore();
    expect(loadFilters(store)).toEqual(defaultFilters);
    expect(loadViews(store)).toEqual([]);
    storeFilters(store, casanare);
    storeViews(store, saveView([], 'Casanare 2024', casanare, now));
    expect(loadFilters(store)).toEqual(casanare);
    expect(loadViews(store)).toEqual([{ name: 'Casanare 2024', filters: casanare, savedAt: now.toISOString() }]);
  });

  it('survives a damaged store: unreadable JSON gives the defaults, a damaged view is dropped alone', () => {
    const store = memoryStore({
      'caudal.filters.v1': '{"departments": [',
      'caudal.saved-views.v1': JSON.stringify([{ name: 'Buena', filters: casanare, savedAt: now.toISOString() }, { name: '', filters: {} }, 42]),
    });
    expect(loadFilters(store)).toEqual(defaultFilters);
    expect(loadViews(store).map((view) => view.name)).toEqual(['Buena']);
    expect(loadViews(memoryStore({ 'caudal.saved-views.v1': '"no es una lista"' }))).toEqual([]);
  });
});
