import type BetterSqlite3 from 'better-sqlite3';
import { demandRegionIds, demandSectorIds } from '../../../src-shared/contract/demand';
import { monthsOf, type Prng } from './prng';
import { insertSyntheticFile, setFileRows } from './source-files';

const BOOKS = ['total', 'industrial', 'termoelectrico', 'gnl-transporte'] as const;
const PROJECTED = ['bajo', 'medio', 'alto'] as const;

/**
 * UPME demand projections, editions 2023 and 2024, 2010–2049 monthly (history to the base year, three
 * scenarios after it): for each workbook a national scenario sheet and a regional sheet (nine regions
 * and the national column), the Agregada's sectoral sheet, and its nodal sheet with `nodes` nodes.
 */
export function insertDemand(sqlite: BetterSqlite3.Database, prng: Prng, nodes: number): number {
  const insert = sqlite.prepare(
    `INSERT INTO demand_monthly (source_file_id, edition, book, sheet, sheet_kind, row_number, cell_ref, sector, scenario, area_kind, region, node_key, period, gbtud)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBook = sqlite.prepare(
    `INSERT INTO demand_book (source_file_id, edition, book, entry_name, projection_start, first_period, last_period, rows_loaded) VALUES (?, ?, ?, ?, ?, '2010-01', '2049-12', ?)`,
  );
  const insertNode = sqlite.prepare('INSERT INTO demand_node (key, region, name) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING');
  const insertCheck = sqlite.prepare(
    `INSERT INTO demand_check (source_file_id, edition, book, sheet, kind, scope, status, compared, failed, max_difference_gbtud, worst_period, detail)
     VALUES (?, ?, 'total', 'Esc Med Nodal', 'nodes-vs-region', ?, 'reconciled', 480, 0, 0.004, NULL, 'Suma de los nodos frente a la región')`,
  );
  const nodeKeys = Array.from({ length: nodes }, (_, i) => {
    const region = demandRegionIds[i % demandRegionIds.length]!;
    const key = `${region}:NODO ${String(i + 1).padStart(3, '0')}`;
    insertNode.run(key, region, `Nodo ${i + 1}`);
    return { key, region };
  });

  let facts = 0;
  for (const edition of ['2023', '2024']) {
    const fileId = insertSyntheticFile(sqlite, 'upme-demand', `Anexo_Datos_Proyeccion_Demanda_Gas_Nat_${edition}.zip`, `Edición ${edition}`, `${Number(edition) + 1}-02-01T12:00:00.000Z`);
    const projectionStart = `${Number(edition) + 1}-01`;
    const months = monthsOf(2010, 2049);
    let row = 0;
    const series = (book: string, sheet: string, kind: string, sector: string, area: 'national' | 'region' | 'node', region: string | null, node: string | null, level: number, scenarios: readonly string[]) => {
      for (const [m, period] of months.entries()) {
        const history = period < projectionStart;
        for (const scenario of history ? ['historico'] : scenarios) {
          const growth = history ? 1 : scenario === 'bajo' ? 0.98 : scenario === 'alto' ? 1.03 : 1;
          insert.run(fileId, edition, book, sheet, kind, 5 + m, `B${5 + m}`, sector, scenario, area, region, node, period, level * Math.pow(growth, m / 120) * prng.around(1, 0.05));
          row += 1;
        }
      }
    };
    for (const book of BOOKS) {
      const level = book === 'total' ? 1000 : 200;
      series(book, 'Esc Alto, Medio y Bajo', 'scenarios', book, 'national', null, null, level, PROJECTED);
      series(book, 'Esc Med Regional', 'regional', book, 'national', null, null, level, PROJECTED);
      for (const region of demandRegionIds) series(book, 'Esc Med Regional', 'regional', book, 'region', region, null, level / 9, PROJECTED);
    }
    for (const sector of demandSectorIds.filter((s) => s !== 'total')) series('total', 'Esc Med Sectorial', 'sectoral', sector, 'national', null, null, 100, ['medio']);
    for (const node of nodeKeys) series('total', 'Esc Med Nodal', 'nodal', 'total', 'node', node.region, node.key, 1000 / nodes, PROJECTED);
    for (const book of BOOKS) insertBook.run(fileId, edition, book, `UPME_Series_${edition}_${book}.xlsx`, projectionStart, 0);
    for (const region of demandRegionIds) insertCheck.run(fileId, edition, region);
    setFileRows(sqlite, fileId, row);
    facts += row;
  }
  return facts;
}
