import { toPeriod } from '../../../../../src-shared/domain/period';
import { EtlError } from '../../../etl-error';
import type { RejectToStore } from '../../../load/lineage';
import { findColumns } from '../../../text/find-columns';
import type { TabularRecord } from '../../../text/tabular-records';
import type { FileProbe } from '../../file-probe';
import { apiFieldName, requiredRoyaltyColumns, royaltyColumns, type RoyaltyColumn } from '../royalty-columns';
import { bogotaDate } from '../socrata-snapshot';
import type { RoyaltiesParse, RoyaltyRow } from '../types';
import { describeIdenticalSettlements, findIdenticalSettlements } from './identical-settlements';
import { readRoyaltyTable } from './read-royalty-table';
import { transformRoyaltyRow } from './transform-royalty-row';

/**
 * Pure: a royalties snapshot or export → validated gas rows, rejects and warnings. The file is the
 * whole dataset, so it must hold at least one gas row; otherwise the loaded data is kept.
 */
export function transformRoyalties(file: FileProbe): RoyaltiesParse {
  const read = readRoyaltyTable(file);
  if (!read) throw new EtlError('not-royalties', `"${file.fileName}" no es una exportación del conjunto de regalías de datos.gov.co (j7js-yk74)`);
  const { table, snapshot } = read;
  if (table.records.length === 0) {
    throw new EtlError('empty-result', 'datos.gov.co no devolvió ninguna fila de regalías de gas; se conservan los datos cargados');
  }
  const columns = findColumns(table.headers, royaltyColumns);
  const missing = requiredRoyaltyColumns.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    throw new EtlError(
      'missing-columns',
      `Al archivo de regalías le faltan las columnas ${missing.map((c) => `"${apiFieldName(c)}"`).join(', ')}. Encabezados encontrados: ${table.headers.join(', ')}`,
    );
  }
  const warnings: string[] = [];
  const absent = (Object.keys(royaltyColumns) as RoyaltyColumn[]).filter((c) => columns[c] === undefined);
  if (absent.length > 0) warnings.push(`El archivo no trae las columnas ${absent.map(apiFieldName).join(', ')}; quedan vacías.`);

  const sheet = table.format === 'json' ? 'json' : null;
  const rows: RoyaltyRow[] = [];
  const loaded: Array<{ record: TabularRecord; row: RoyaltyRow }> = [];
  const rejects: RejectToStore[] = [];
  let oilRowsSkipped = 0;
  let coordinatesDiscarded = 0;
  for (const record of table.records) {
    const outcome = transformRoyaltyRow(record, columns, sheet);
    switch (outcome.kind) {
      case 'row':
        rows.push(outcome.row);
        loaded.push({ record, row: outcome.row });
        if (outcome.coordinatesDiscarded) coordinatesDiscarded += 1;
        break;
      case 'reject':
        rejects.push(outcome.reject);
        break;
      case 'oil':
        oilRowsSkipped += 1;
        break;
      case 'blank':
        break;
      default:
        return outcome satisfies never;
    }
  }
  if (rows.length === 0) {
    throw new EtlError('no-gas-rows', `El archivo no tiene ninguna fila válida de gas (tipohidrocarburo G): ${rejects.length} rechazadas, ${oilRowsSkipped} de petróleo. Se conservan los datos cargados.`);
  }
  if (oilRowsSkipped > 0) warnings.push(`Se omitieron ${oilRowsSkipped} filas de petróleo (tipohidrocarburo O): Caudal solo carga gas.`);
  const identical = describeIdenticalSettlements(findIdenticalSettlements(loaded));
  if (identical !== null) warnings.push(identical);
  if (coordinatesDiscarded > 0) warnings.push(`${coordinatesDiscarded} filas traen latitud/longitud ilegibles o fuera de Colombia; quedan sin coordenadas.`);

  const periods = rows.map((r) => toPeriod(r.year, r.month)).sort();
  const range = `${periods[0]} a ${periods.at(-1)}`;
  const coverage = snapshot?.rowsUpdatedAt ? `datos.gov.co actualizado ${bogotaDate(snapshot.rowsUpdatedAt)} (${range})` : `datos.gov.co, exportación (${range})`;
  return { coverage, rows, rejects, reconciliations: [], warnings, oilRowsSkipped };
}
