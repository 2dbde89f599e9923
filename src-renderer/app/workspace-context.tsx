import { createContext, useContext } from 'react';
import type { PeriodSource } from '../../src-shared/contract/catalog';
import type { Catalog, FilterKey } from '../filters/dashboard-filters';

/** What every page shares once the catalog is known. */
export interface Workspace {
  catalog: Catalog;
  /** Bumped when an import or refresh finishes: every query asks again. */
  dataVersion: number;
  /** The filters the page on screen uses (from the page registry). */
  pageFilters: readonly FilterKey[];
  /** Whose months the page's period filter spans (from the page registry). */
  periodSource: PeriodSource;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace necesita el WorkspaceContext (lo da la aplicación)');
  return workspace;
}
