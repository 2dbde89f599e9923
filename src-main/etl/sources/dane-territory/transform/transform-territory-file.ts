import { EtlError } from '../../../etl-error';
import type { FileProbe } from '../../file-probe';
import type { DaneTerritoryParse } from '../types';
import { parseCsv, type CsvTable } from '../../../text/csv-table';
import { requiredDivipolaColumns } from './divipola-columns';
import { geoLayers } from './geo-layers';
import { parseBoundaries } from './parse-boundaries';
import { parseDivipola } from './parse-divipola';
import { divipolaColumnsFound, recogniseTerritoryFile } from './recognise-territory-file';
import { tabularFromCsv, tabularFromJsonArray } from '../../../text/tabular-records';

/** Pure: a DIVIPOLA list or a boundaries file → what to load, rejects and warnings. */
export function transformTerritoryFile(file: FileProbe): DaneTerritoryParse {
  const kind = recogniseTerritoryFile(file);
  switch (kind) {
    case 'boundaries':
      return parseBoundaries(geoLayers(file.json()) ?? []);
    case 'divipola': {
      const json = file.json();
      const table = json === undefined ? tabularFromCsv(parseCsv(file.text())) : tabularFromJsonArray(json);
      if (!table) throw new EtlError('bad-divipola', 'La lista DIVIPOLA en JSON debe ser una lista de objetos');
      return parseDivipola(table);
    }
    case null:
      // A list that lost one column to a rename is still the DIVIPOLA list: say which column is missing.
      if (file.kind === 'text' && file.json() === undefined) {
        const table = csvOrNull(file.text());
        if (table && divipolaColumnsFound(table.header) === requiredDivipolaColumns.length - 1) return parseDivipola(tabularFromCsv(table));
      }
      throw new EtlError('not-territory', `"${file.fileName}" no es una lista DIVIPOLA (CSV/JSON) ni un archivo de límites GeoJSON/TopoJSON con códigos DIVIPOLA`);
    default:
      return kind satisfies never;
  }
}

function csvOrNull(text: string): CsvTable | null {
  try {
    return parseCsv(text);
  } catch {
    return null;
  }
}
