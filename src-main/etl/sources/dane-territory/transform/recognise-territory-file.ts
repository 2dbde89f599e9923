import type { FileProbe } from '../../file-probe';
import { parseCsv } from '../../../text/csv-table';
import { headerKey } from '../../../text/header-key';
import { divipolaColumns, requiredDivipolaColumns } from './divipola-columns';
import { detectLevel } from './boundary-properties';
import { geoLayers, type RawLayer } from './geo-layers';

export type TerritoryFileKind = 'divipola' | 'boundaries';

/**
 * What a DANE territory file is, by content: a GeoJSON/TopoJSON with DIVIPOLA codes in its feature
 * properties, or a table (CSV export or JSON array) with the DIVIPOLA code and name columns.
 */
export function recogniseTerritoryFile(file: FileProbe): TerritoryFileKind | null {
  if (file.kind !== 'text') return null;
  const json = file.json();
  if (json !== undefined) {
    const layers = safeGeoLayers(json);
    if (layers === 'damaged-topology') return 'boundaries';
    if (layers) return layers.some((layer) => detectLevel(layer) !== null) ? 'boundaries' : null;
    if (Array.isArray(json)) {
      const first = json.find((item) => item !== null && typeof item === 'object');
      return first && hasDivipolaColumns(Object.keys(first)) ? 'divipola' : null;
    }
    return null;
  }
  const text = file.text();
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return hasDivipolaColumns(parseCsv(firstLine).header) ? 'divipola' : null;
}

function hasDivipolaColumns(headers: readonly string[]): boolean {
  return divipolaColumnsFound(headers) === requiredDivipolaColumns.length;
}

/** How many of the columns a DIVIPOLA list needs the header has (a renamed one leaves one short). */
export function divipolaColumnsFound(headers: readonly string[]): number {
  const keys = new Set(headers.map(headerKey));
  return requiredDivipolaColumns.filter((column) => divipolaColumns[column].some((spelling) => keys.has(headerKey(spelling)))).length;
}

/** A damaged TopoJSON is still a boundaries file: recognising it lets the transform say what is wrong. */
function safeGeoLayers(json: unknown): RawLayer[] | null | 'damaged-topology' {
  try {
    return geoLayers(json);
  } catch {
    return 'damaged-topology';
  }
}
