import { z } from 'zod';
import { dashboardFiltersSchema, type DashboardFilters } from './dashboard-filters';

/** A named set of filters the analyst can come back to ("Casanare último año", "Costa en KPCD"). */
export interface SavedView {
  name: string;
  filters: DashboardFilters;
  /** ISO timestamp, shown as "guardada el …". */
  savedAt: string;
}

export const MAX_VIEW_NAME_LENGTH = 60;
export const MAX_SAVED_VIEWS = 50;

const savedViewSchema = z.object({ name: z.string().min(1).max(MAX_VIEW_NAME_LENGTH), filters: dashboardFiltersSchema, savedAt: z.string() });

/** Stored views; a damaged entry is dropped, the others survive. */
export const savedViewsSchema = z
  .array(z.unknown())
  .catch([])
  .transform((items) => items.flatMap((item) => {
    const view = savedViewSchema.safeParse(item);
    return view.success ? [view.data] : [];
  }));

export type SaveViewProblem = 'empty' | 'too-long' | 'too-many';

const sameName = (a: string, b: string) => a.localeCompare(b, 'es', { sensitivity: 'base' }) === 0;

/** Why the filters cannot be saved under `name`, or null when they can. */
export function saveViewProblem(views: readonly SavedView[], name: string): SaveViewProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_VIEW_NAME_LENGTH) return 'too-long';
  // Replacing a view is always possible; only a new name needs a free slot.
  if (views.length >= MAX_SAVED_VIEWS && !views.some((view) => sameName(view.name, trimmed))) return 'too-many';
  return null;
}

export function findView(views: readonly SavedView[], name: string): SavedView | undefined {
  return views.find((view) => sameName(view.name, name.trim()));
}

/**
 * Saves the filters under `name`. The same name (ignoring case and accents) replaces the old view,
 * which is what "guardar otra vez" means to an analyst. Sorted by name, Spanish collation.
 */
export function saveView(views: readonly SavedView[], name: string, filters: DashboardFilters, now: Date): SavedView[] {
  const problem = saveViewProblem(views, name);
  if (problem) throw new RangeError(`No se puede guardar la vista: ${problem}`);
  const view: SavedView = { name: name.trim(), filters, savedAt: now.toISOString() };
  const others = views.filter((existing) => !sameName(existing.name, view.name));
  return [...others, view].sort((a, b) => a.name.localeCompare(b.name, 'es', { sensitivity: 'base' }));
}

export function deleteView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => !sameName(view.name, name));
}
