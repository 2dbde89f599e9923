import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KeyValueStore } from '../storage/key-value-store';
import { defaultFilters, type DashboardFilters, type FilterKey } from './dashboard-filters';
import { loadFilters, loadViews, storeFilters, storeViews } from './filter-persistence';
import { deleteView, findView, saveView, type SavedView } from './saved-views';

export interface FiltersState {
  filters: DashboardFilters;
  /** Changes some filters; the result is remembered at once. */
  update: (changes: Partial<DashboardFilters>) => void;
  /** Back to the defaults for the given filters (the ones the current page shows). */
  clear: (keys: readonly FilterKey[]) => void;
  views: readonly SavedView[];
  saveView: (name: string) => void;
  applyView: (name: string) => void;
  deleteView: (name: string) => void;
}

const FiltersContext = createContext<FiltersState | null>(null);
const systemClock = () => new Date();

/**
 * One set of filters for every page (the shared filter bar), written to the store after every change
 * so a relaunch opens where the analyst left, plus the named views. Changes are applied to the latest
 * state (functional updates), so two quick changes never overwrite each other.
 */
export function FiltersProvider({ store, children, now = systemClock }: { store: KeyValueStore; children: ReactNode; now?: () => Date }) {
  const [filters, setFilters] = useState<DashboardFilters>(() => loadFilters(store));
  const [views, setViews] = useState<SavedView[]>(() => loadViews(store));

  // Written on change only: the first render shows what was read, there is nothing new to keep.
  const loaded = useRef({ filters, views });
  useEffect(() => {
    if (filters !== loaded.current.filters) storeFilters(store, filters);
  }, [store, filters]);
  useEffect(() => {
    if (views !== loaded.current.views) storeViews(store, views);
  }, [store, views]);

  const value = useMemo<FiltersState>(
    () => ({
      filters,
      views,
      update: (changes) => setFilters((current) => ({ ...current, ...changes })),
      clear: (keys) =>
        setFilters((current) => {
          const cleared: DashboardFilters = { ...current };
          for (const key of keys) Object.assign(cleared, { [key]: defaultFilters[key] });
          return cleared;
        }),
      saveView: (name) => setViews((current) => saveView(current, name, filters, now())),
      applyView: (name) => {
        const view = findView(views, name);
        if (view) setFilters(view.filters);
      },
      deleteView: (name) => setViews((current) => deleteView(current, name)),
    }),
    [filters, views, now],
  );
  return <FiltersContext.Provider value={value}>{children}</FiltersContext.Provider>;
}

export function useFilters(): FiltersState {
  const state = useContext(FiltersContext);
  if (!state) throw new Error('useFilters necesita un FiltersProvider');
  return state;
}
