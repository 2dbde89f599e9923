import { foldText } from '../../../text/fold-text';
import type { DemandSheetKind, ProjectionScenario } from '../types';

/**
 * What a sheet holds, read from its name. 2024: "Esc Alto, Medio y Bajo", "Esc Med Regional",
 * "Esc Med Sectorial", "Esc Med Nodal"; 2023: "Esc. Medio - Nodal", "Esc. Bajo - Regional" …
 * A sheet named after one scenario holds that scenario; the scenarios sheet holds all three.
 */
export interface SheetRole {
  readonly kind: DemandSheetKind;
  /** The scenario of a one-scenario sheet; null for the scenarios sheet. */
  readonly scenario: ProjectionScenario | null;
  /** True when the name does not say the scenario and medio was assumed. */
  readonly scenarioAssumed: boolean;
}

function words(text: string): string[] {
  return foldText(text).split(/[^A-Z0-9]+/).filter(Boolean);
}

/** Scenario words in a name or header: "Esc. Bajo", "Med", "Histórico / Esc. Medio", "Escenario alto". */
export function scenariosNamed(text: string): ProjectionScenario[] {
  const found = new Set<ProjectionScenario>();
  for (const word of words(text)) {
    if (word === 'BAJO' || word === 'BAJA') found.add('bajo');
    else if (word === 'MEDIO' || word === 'MED' || word === 'MEDIA') found.add('medio');
    else if (word === 'ALTO' || word === 'ALTA') found.add('alto');
  }
  return [...found];
}

export function mentionsHistory(text: string): boolean {
  return words(text).some((word) => word.startsWith('HISTORIC') || word === 'REAL');
}

export function sheetRoleOf(sheetName: string): SheetRole | null {
  const nameWords = words(sheetName);
  const has = (...candidates: string[]) => nameWords.some((word) => candidates.includes(word));
  const scenarios = scenariosNamed(sheetName);
  let kind: DemandSheetKind | null = null;
  if (has('NODAL', 'NODO', 'NODOS')) kind = 'nodal';
  else if (has('REGIONAL', 'REGION', 'REGIONES')) kind = 'regional';
  else if (has('SECTORIAL', 'SECTOR', 'SECTORES')) kind = 'sectoral';
  else if (scenarios.length >= 2 || has('ESCENARIOS')) return { kind: 'scenarios', scenario: null, scenarioAssumed: false };
  if (kind === null) return null;
  if (scenarios.length > 1) return null; // "Regional alto y bajo": not a layout UPME has used
  const [scenario] = scenarios;
  return { kind, scenario: scenario ?? 'medio', scenarioAssumed: scenario === undefined };
}
