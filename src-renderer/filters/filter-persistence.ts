import { readJson, storageKeys, writeJson, type KeyValueStore } from '../storage/key-value-store';
import { dashboardFiltersSchema, defaultFilters, type DashboardFilters } from './dashboard-filters';
import { savedViewsSchema, type SavedView } from './saved-views';

/** The filters of the last session, or the defaults on first launch or when the stored copy is unreadable. */
export function loadFilters(store: KeyValueStore): DashboardFilters {
  return readJson(store, storageKeys.filters, dashboardFiltersSchema) ?? defaultFilters;
}

export function storeFilters(store: KeyValueStore, filters: DashboardFilters): void {
  writeJson(store, storageKeys.filters, filters);
}

export function loadViews(store: KeyValueStore): SavedView[] {
  return readJson(store, storageKeys.savedViews, savedViewsSchema) ?? [];
}

export function storeViews(store: KeyValueStore, views: readonly SavedView[]): void {
  writeJson(store, storageKeys.savedViews, views);
}
