import type BetterSqlite3 from 'better-sqlite3';
import { productionMeasureIds } from '../../../../src-shared/domain/production-measures';
import { toPeriod } from '../../../../src-shared/domain/period';
import { createDimensionIds } from '../../../db/dimension-ids';
import { productionMeasureColumn } from '../../../db/queries/production-columns';
import type { ArchivedFile } from '../../archive/archived-file';
import { EtlError } from '../../etl-error';
import type { LoadResult } from '../source-definition';
import { insertReconciliations, insertRejects, insertSourceFile, type RejectToStore } from '../../load/lineage';
import { resolveRowEntities } from './resolve-row-entities';
import type { AnhWorkbookParse } from './types';

export const ANH_PRODUCTION_SOURCE = 'anh-production' as const;
export const ANH_PUBLISHER = 'Agencia Nacional de Hidrocarburos (ANH)';

const measureColumns = productionMeasureIds.map((m) => productionMeasureColumn[m]);

/**
 * Loads one parsed ANH yearly workbook in a single transaction: the year's previous file (if any) is
 * superseded and its facts replaced, so queries see either the old year or the new one, never a mix.
 */
export function loadAnhWorkbook(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: AnhWorkbookParse, runId: number, now = new Date()): LoadResult {
  const coverage = String(parsed.year);
  const insertFact = sqlite.prepare(
    `INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, operator_id, field_id, contract_id, ${measureColumns.join(', ')})
     VALUES (${Array(10 + measureColumns.length).fill('?').join(', ')})`,
  );
  const insertSummary = sqlite.prepare(
    `INSERT INTO production_summary_rate (source_file_id, sheet, row_number, period, department_code, municipality_id, operator_id, field_id, contract_id, rate_mpcd)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const load = sqlite.transaction((): LoadResult => {
    assertDoesNotShrinkYear(sqlite, coverage, parsed);
    const supersededFileIds = supersedeYear(sqlite, coverage);
    const fileId = insertSourceFile(sqlite, { ...file, sourceId: ANH_PRODUCTION_SOURCE, publisher: ANH_PUBLISHER, coverage, runId, importedAt: now.toISOString() });
    const ids = createDimensionIds(sqlite);
    const rejects: RejectToStore[] = parsed.rejects.map((r) => ({ ...r }));

    let rowsLoaded = 0;
    for (const row of parsed.monthlyRows) {
      const resolved = resolveRowEntities(ids, row);
      if (!resolved.ok) {
        rejects.push({ sheet: row.sheet, row: row.row, reasonCode: resolved.reasonCode, reason: resolved.reason, raw: rawOfRow(row) });
        continue;
      }
      const e = resolved.ids;
      insertFact.run(
        fileId, row.sheet, row.row, toPeriod(row.year, row.month), row.year,
        e.departmentCode, e.municipalityId, e.operatorId, e.fieldId, e.contractId,
        ...productionMeasureIds.map((m) => row.measures[m]),
      );
      rowsLoaded += 1;
    }
    for (const row of parsed.summaryRows) {
      const resolved = resolveRowEntities(ids, row);
      // The summary sheet only cross-checks the monthly sheets; its unresolvable rows are reported there.
      if (!resolved.ok) continue;
      const e = resolved.ids;
      insertSummary.run(fileId, row.sheet, row.row, toPeriod(row.year, row.month), e.departmentCode, e.municipalityId, e.operatorId, e.fieldId, e.contractId, row.rateMpcd);
    }
    insertReconciliations(sqlite, fileId, parsed.reconciliations);
    insertRejects(sqlite, ANH_PRODUCTION_SOURCE, fileId, runId, rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(rowsLoaded, rejects.length, fileId);
    return { fileId, coverage, rowsLoaded, rowsRejected: rejects.length, supersededFileIds };
  });
  return load.immediate();
}

/**
 * A file replaces its year wholesale, so a file with fewer months than the one loaded (an older edition
 * of the current year, or an empty workbook) would silently delete data. Refuse it instead.
 */
function assertDoesNotShrinkYear(sqlite: BetterSqlite3.Database, coverage: string, parsed: AnhWorkbookParse): void {
  const newMonths = new Set(parsed.monthlyRows.map((r) => r.month));
  if (newMonths.size === 0) {
    throw new EtlError('no-data', `El libro de ${coverage} no tiene filas de producción; no se carga para no borrar los datos de ese año.`);
  }
  const loadedMonths = sqlite
    .prepare(
      `SELECT COUNT(DISTINCT period) FROM production_monthly WHERE source_file_id IN
         (SELECT id FROM source_file WHERE source_id = ? AND coverage = ? AND status = 'active')`,
    )
    .pluck()
    .get(ANH_PRODUCTION_SOURCE, coverage) as number;
  if (newMonths.size < loadedMonths) {
    throw new EtlError(
      'older-edition',
      `El libro cubre ${months(newMonths.size)} de ${coverage}, pero ya hay ${months(loadedMonths)} cargados de ese año; ` +
        'no se reemplaza por una edición con menos meses. Si es una corrección, elimine primero el archivo cargado.',
    );
  }
}

function supersedeYear(sqlite: BetterSqlite3.Database, coverage: string): number[] {
  const ids = sqlite
    .prepare("SELECT id FROM source_file WHERE source_id = ? AND coverage = ? AND status = 'active'")
    .pluck()
    .all(ANH_PRODUCTION_SOURCE, coverage) as number[];
  for (const id of ids) {
    sqlite.prepare('DELETE FROM production_monthly WHERE source_file_id = ?').run(id);
    sqlite.prepare('DELETE FROM production_summary_rate WHERE source_file_id = ?').run(id);
    sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ?").run(id);
  }
  return ids;
}

function rawOfRow(row: AnhWorkbookParse['monthlyRows'][number]): Record<string, unknown> {
  return {
    AÑO: row.year,
    MES: row.month,
    CAMPO: row.field,
    CONTRATO: row.contract,
    OPERADORA: row.operator,
    DEPARTAMENTO: row.department,
    MUNICIPIO: row.municipality,
    ...row.measures,
  };
}

function months(count: number): string {
  return count === 1 ? '1 mes' : `${count} meses`;
}
