import type { DemandRegionId } from '../../../../../src-shared/contract/demand';
import { foldText } from '../../../text/fold-text';

/**
 * How UPME writes its nine gas demand regions. The 2024 edition uses mixed case ("Costa Atlántica",
 * "NorOccidente", "Tolima-Huila"); the 2023 edition upper case in another order ("COSTA ATLANTICA",
 * "NOROCCIDENTE", "TOLIMA - HUILA"). Keys are compared folded and without spaces, dashes or dots, so
 * those are the same; anything else must be listed here: an unknown name is rejected, never guessed.
 */
const REGION_ALIASES: Readonly<Record<DemandRegionId, readonly string[]>> = {
  centro: ['CENTRO'],
  'costa-atlantica': ['COSTA ATLANTICA'],
  'costa-interior': ['COSTA INTERIOR'],
  // UPME's acronym for Caldas, Quindío and Risaralda.
  cqr: ['CQR', 'CALDAS QUINDIO RISARALDA'],
  'magdalena-medio': ['MAGDALENA MEDIO'],
  noroccidente: ['NOROCCIDENTE', 'NOR OCCIDENTE'],
  nororiente: ['NORORIENTE', 'NOR ORIENTE'],
  suroccidente: ['SUROCCIDENTE', 'SUR OCCIDENTE'],
  'tolima-huila': ['TOLIMA HUILA', 'TOLIMA Y HUILA'],
};

/** Headers that hold the national figure next to the regions. */
const NATIONAL_ALIASES = ['NACIONAL', 'TOTAL', 'TOTAL NACIONAL'];

function compactKey(text: string): string {
  return foldText(text).replace(/[^A-Z0-9]/g, '');
}

const regionByKey = new Map<string, DemandRegionId>(
  (Object.entries(REGION_ALIASES) as [DemandRegionId, readonly string[]][]).flatMap(([region, aliases]) => aliases.map((alias) => [compactKey(alias), region] as const)),
);
const nationalKeys = new Set(NATIONAL_ALIASES.map(compactKey));

export type RegionHeader = { kind: 'region'; region: DemandRegionId } | { kind: 'national' } | { kind: 'unknown' };

export function regionHeaderOf(text: string): RegionHeader {
  const key = compactKey(text);
  const region = regionByKey.get(key);
  if (region) return { kind: 'region', region };
  if (nationalKeys.has(key)) return { kind: 'national' };
  return { kind: 'unknown' };
}
