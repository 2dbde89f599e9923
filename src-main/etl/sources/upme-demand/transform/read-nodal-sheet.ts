import { demandRegionLabels } from '../../../../../src-shared/contract/demand';
import { foldText } from '../../../text/fold-text';
import type { SheetRow, Worksheet } from '../../../xlsx/types';
import { headerText } from './cell-reading';
import { findMonthlyTable, rowLabel } from './find-table';
import type { SheetRead } from './observations';
import { readTableCells, unusableColumnWarnings, type ColumnReading } from './read-cells';
import { regionHeaderOf } from './regions';
import type { SheetRole } from './sheet-names';

/** A node is known by its region and its name folded; the same name exists in two regions in 2024. */
export function nodeKeyOf(region: string, nodeName: string): string {
  return `${region}:${foldText(nodeName)}`;
}

/** "PROELECTRICA  -(CARTAGENA-MAMONAL)" → "PROELECTRICA -(CARTAGENA-MAMONAL)": UPME's stray spaces go. */
export function tidyNodeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * The nodal sheet: a row of regions ("Región") above a row of nodes ("Nodo"), then one row per month.
 * A region written once over several node columns (merged or not repeated) covers them all.
 */
export function readNodalSheet(sheet: Worksheet, role: SheetRole): SheetRead {
  const table = findMonthlyTable(sheet, 2);
  const { regionRow, nodeRow } = pickHeaderRows(table.headerRows, table.dateColumn);
  const regionTexts = regionTextsByColumn(sheet, regionRow, table.valueColumns);
  const columns: ColumnReading[] = table.valueColumns.map((column): ColumnReading => {
    const regionText = regionTexts.get(column) ?? '';
    const nodeText = headerText(nodeRow.cell(column));
    const header = `${regionText} / ${nodeText ?? ''}`;
    const nodeHeader = nodeText ? regionHeaderOf(nodeText) : null;
    if (nodeHeader?.kind === 'national') return { column, header, ok: true, meaning: { kind: 'national' } };
    const region = regionHeaderOf(regionText);
    if (region.kind !== 'region') {
      return {
        column,
        header,
        ok: false,
        reasonCode: 'region-desconocida',
        reason: `Región desconocida «${regionText}» del nodo «${nodeText ?? ''}»; las regiones de la UPME son ${Object.values(demandRegionLabels).join(', ')}`,
      };
    }
    if (!nodeText) return { column, header, ok: false, reasonCode: 'nodo-sin-nombre', reason: `Columna sin nombre de nodo en la región ${demandRegionLabels[region.region]}` };
    const nodeName = tidyNodeName(nodeText);
    return { column, header, ok: true, meaning: { kind: 'node', region: region.region, nodeKey: nodeKeyOf(region.region, nodeName), nodeName } };
  });
  const { observations, rejects } = readTableCells(sheet, table, columns);
  return { sheet: sheet.name, role, observations, yearly: [], rejects, warnings: unusableColumnWarnings(sheet.name, columns) };
}

/** Rows labelled "Región" and "Nodo" when UPME labels them (2024 does, in column C); else regions above nodes. */
function pickHeaderRows(headerRows: readonly SheetRow[], dateColumn: number): { regionRow: SheetRow; nodeRow: SheetRow } {
  const labelled = (prefix: string) => headerRows.find((row) => rowLabel(row, dateColumn)?.startsWith(prefix));
  const nodeRow = labelled('NODO') ?? headerRows[0]!;
  const regionRow = labelled('REGION') ?? headerRows.find((row) => row.rowNumber < nodeRow.rowNumber) ?? headerRows[1]!;
  return { regionRow, nodeRow };
}

function regionTextsByColumn(sheet: Worksheet, regionRow: SheetRow, columns: readonly number[]): Map<number, string> {
  const texts = new Map<number, string>();
  let carried: string | null = null;
  for (const column of columns) {
    const merge = sheet.merges.find((m) => m.top <= regionRow.rowNumber && m.bottom >= regionRow.rowNumber && m.left <= column && m.right >= column);
    const own = headerText(merge ? sheet.cellAt(merge.top, merge.left) : regionRow.cell(column));
    carried = own ?? carried;
    if (carried !== null) texts.set(column, carried);
  }
  return texts;
}
