import type BetterSqlite3 from 'better-sqlite3';
import { monthNamesEs } from '../../../../../src-shared/domain/period';
import { createDimensionIds } from '../../../../db/dimension-ids';
import type { ArchivedFile } from '../../../archive/archived-file';
import { EtlError } from '../../../etl-error';
import { insertRejects, insertSourceFile } from '../../../load/lineage';
import { nameKey } from '../../../text/name-key';
import type { LoadResult } from '../../source-definition';
import { declarationPeriodLabel, type DeclarationWorkbook } from '../types';
import { refreshDeclarationStatuses, replaceEarlierCopies } from './resolution-status';

export const MME_DECLARATION_SOURCE = 'mme-declaration';
export const MME_PUBLISHER = 'Ministerio de Minas y Energía (MinEnergía)';

/**
 * Loads one soporte magnético in a single transaction: its resolution is recorded (or found), its rows
 * inserted, an earlier copy of the same resolution replaced, and the declaration's statuses refreshed so
 * that only its latest resolution is `active`. Older resolutions keep their rows. Until the commit,
 * queries see the previous state.
 */
export function loadDeclarationWorkbook(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: DeclarationWorkbook, runId: number, now = new Date()): LoadResult {
  const periodLabel = declarationPeriodLabel(parsed.declarationPeriod);
  const load = sqlite.transaction((): LoadResult => {
    const known = sqlite.prepare('SELECT coverage FROM source_file WHERE sha256 = ?').pluck().get(file.sha256) as string | null | undefined;
    if (known !== undefined) {
      throw new EtlError('duplicate-file', `Este mismo archivo ya está cargado (${known ?? 'sin cobertura'}): no se carga dos veces`);
    }
    const resolutionId = upsertResolution(sqlite, parsed);
    const fileId = insertSourceFile(sqlite, {
      ...file,
      sourceId: MME_DECLARATION_SOURCE,
      publisher: MME_PUBLISHER,
      coverage: parsed.coverage,
      runId,
      importedAt: now.toISOString(),
    });
    sqlite.prepare('INSERT INTO declaration_file (source_file_id, resolution_id, field_sheets) VALUES (?, ?, ?)').run(fileId, resolutionId, parsed.fieldSheets.length);

    const ids = createDimensionIds(sqlite);
    const entity = (table: 'operator' | 'field' | 'contract', name: string | null) => (name === null ? null : ids.entity(table, nameKey(name), name.trim()));
    const insertSheet = sqlite.prepare(
      `INSERT INTO declaration_field_sheet (source_file_id, sheet, field_id, field_operator_id, contract_id, heating_value_btu_per_cf, heating_value_cell)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const sheetIds = new Map<string, number>();
    for (const s of parsed.fieldSheets) {
      const result = insertSheet.run(fileId, s.sheet, entity('field', s.field), entity('operator', s.fieldOperator), entity('contract', s.contract), s.heatingValueBtuPerCf, s.heatingValueCell);
      sheetIds.set(s.sheet, Number(result.lastInsertRowid));
    }

    const insertRow = sqlite.prepare(
      'INSERT INTO declaration_row (field_sheet_id, row_number, operator_id, production_type, production_type_text, is_state_share) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertValue = sqlite.prepare('INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (?, ?, ?)');
    for (const row of parsed.rows) {
      const sheetId = sheetIds.get(row.sheet);
      if (sheetId === undefined) throw new Error(`Fila de una hoja no registrada: ${row.sheet}`);
      const rowId = Number(
        insertRow.run(sheetId, row.row, entity('operator', row.operator), row.productionType, row.productionTypeText, row.isStateShare ? 1 : 0).lastInsertRowid,
      );
      for (const value of row.values) insertValue.run(rowId, value.period, value.gbtud);
    }

    const replaced = replaceEarlierCopies(sqlite, resolutionId, fileId);
    const noLongerActive = refreshDeclarationStatuses(sqlite, periodLabel).filter((id) => id !== fileId);
    insertRejects(sqlite, MME_DECLARATION_SOURCE, fileId, runId, parsed.rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(parsed.rows.length, parsed.rejects.length, fileId);
    return {
      fileId,
      coverage: parsed.coverage,
      rowsLoaded: parsed.rows.length,
      rowsRejected: parsed.rejects.length,
      supersededFileIds: [...new Set([...replaced, ...noLongerActive])],
    };
  });
  return load.immediate();
}

function upsertResolution(sqlite: BetterSqlite3.Database, parsed: DeclarationWorkbook): number {
  const { resolution, declarationPeriod } = parsed;
  // A later file may know the date an earlier one lacked; a known date is never overwritten.
  return sqlite
    .prepare(
      `INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year, issued_on, title)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (declaration_period, year, number) DO UPDATE SET
         issued_on = coalesce(declaration_resolution.issued_on, excluded.issued_on),
         title = CASE WHEN declaration_resolution.issued_on IS NULL THEN excluded.title ELSE declaration_resolution.title END
       RETURNING id`,
    )
    .pluck()
    .get(
      declarationPeriodLabel(declarationPeriod),
      declarationPeriod.firstYear,
      declarationPeriod.lastYear,
      resolution.number,
      resolution.year,
      resolution.issuedOn,
      resolutionTitle(resolution.number, resolution.year, resolution.issuedOn),
    ) as number;
}

/** "Resolución 00739 del 28 de mayo de 2025", as MinEnergía titles them. */
export function resolutionTitle(number: string, year: number, issuedOn: string | null): string {
  if (issuedOn === null) return `Resolución ${number} de ${year}`;
  const [y, m, d] = issuedOn.split('-').map(Number);
  return `Resolución ${number} del ${d} de ${monthNamesEs[(m ?? 1) - 1]} de ${y}`;
}
