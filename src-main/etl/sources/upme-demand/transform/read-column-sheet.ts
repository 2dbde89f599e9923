import { demandRegionLabels, demandSectorLabels } from '../../../../../src-shared/contract/demand';
import type { Worksheet } from '../../../xlsx/types';
import { headerText } from './cell-reading';
import { findMonthlyTable } from './find-table';
import type { ColumnMeaning, SheetRead } from './observations';
import { readTableCells, unusableColumnWarnings, type ColumnReading } from './read-cells';
import { regionHeaderOf } from './regions';
import { sectoralHeaderOf } from './sectors';
import type { SheetRole } from './sheet-names';

type Meaning = { ok: true; meaning: ColumnMeaning } | { ok: false; reasonCode: string; reason: string };

/** A regional sheet: one column per region, then "Nacional". Unknown regions are rejected, not guessed. */
export function readRegionalSheet(sheet: Worksheet, role: SheetRole): SheetRead {
  return readColumnSheet(sheet, role, (header): Meaning => {
    const found = regionHeaderOf(header);
    switch (found.kind) {
      case 'region':
        return { ok: true, meaning: { kind: 'region', region: found.region } };
      case 'national':
        return { ok: true, meaning: { kind: 'national' } };
      case 'unknown':
        return {
          ok: false,
          reasonCode: 'region-desconocida',
          reason: `Región desconocida «${header}»; las regiones de la UPME son ${Object.values(demandRegionLabels).join(', ')}`,
        };
    }
  });
}

/** The sectoral sheet: one column per sector, then "Total" and "Total Sin TermoEléctrico" (checks). */
export function readSectoralSheet(sheet: Worksheet, role: SheetRole): SheetRead {
  return readColumnSheet(sheet, role, (header): Meaning => {
    const found = sectoralHeaderOf(header);
    switch (found.kind) {
      case 'sector':
        return { ok: true, meaning: { kind: 'sector', sector: found.sector } };
      case 'total':
        return { ok: true, meaning: { kind: 'sector-total' } };
      case 'total-sin-termoelectrico':
        return { ok: true, meaning: { kind: 'sector-total-sin-termoelectrico' } };
      case 'unknown':
        return {
          ok: false,
          reasonCode: 'sector-desconocido',
          reason: `Sector desconocido «${header}»; los sectores conocidos son ${Object.values(demandSectorLabels).slice(1).join(', ')}`,
        };
    }
  });
}

function readColumnSheet(sheet: Worksheet, role: SheetRole, meaningOf: (header: string) => Meaning): SheetRead {
  const table = findMonthlyTable(sheet, 1);
  const headerRow = table.headerRows[0]!;
  const columns: ColumnReading[] = table.valueColumns.map((column) => {
    const header = headerText(headerRow.cell(column)) ?? '';
    return { column, header, ...meaningOf(header) };
  });
  const { observations, rejects } = readTableCells(sheet, table, columns);
  return { sheet: sheet.name, role, observations, yearly: [], rejects, warnings: unusableColumnWarnings(sheet.name, columns) };
}
