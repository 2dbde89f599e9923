import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../../src-main/db/open-database';
import { startRun } from '../../../../../src-main/etl/runs';
import { loadUpmeDemand } from '../../../../../src-main/etl/sources/upme-demand/load';
import { demandModel } from './fixtures/demand-model';
import { edition2023Zip } from './fixtures/layout-2023';
import { agregada2024, edition2024Zip, FILE_NAMES_2024, gnl2024, sectorBook2024 } from './fixtures/layout-2024';
import { importUpme } from './fixtures/load-fixture';

describe('UPME demand load: an edition is a snapshot', () => {
  let database: OpenDatabase;
  beforeEach(async () => {
    database = await openDatabase(':memory:');
  });
  afterEach(async () => database.close());

  const count = (where = '1 = 1', ...params: unknown[]) => database.sqlite.prepare(`SELECT count(*) FROM demand_monthly WHERE ${where}`).pluck().get(...params) as number;
  const books = () => database.sqlite.prepare('SELECT edition, book, source_file_id AS fileId FROM demand_book ORDER BY edition, book').all();
  const files = () => database.sqlite.prepare("SELECT id, file_name AS name, coverage, status FROM source_file WHERE source_id = 'upme-demand' ORDER BY id").all();

  it('loads a zip with its rows, lineage, workbooks, nodes and checks', async () => {
    const loaded = importUpme(database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip());
    expect(loaded).toMatchObject({ coverage: 'Edición 2024', rowsRejected: 0, supersededFileIds: [] });
    expect(loaded.rowsLoaded).toBe(count());
    expect(database.sqlite.prepare('SELECT rows_loaded FROM source_file WHERE id = ?').pluck().get(loaded.fileId)).toBe(loaded.rowsLoaded);
    expect(books()).toEqual([
      { edition: '2024', book: 'gnl-transporte', fileId: loaded.fileId },
      { edition: '2024', book: 'industrial', fileId: loaded.fileId },
      { edition: '2024', book: 'total', fileId: loaded.fileId },
    ]);
    const row = database.sqlite
      .prepare("SELECT sheet, row_number, cell_ref, gbtud FROM demand_monthly WHERE book = 'total' AND area_kind = 'region' AND region = 'cqr' AND period = '2024-10'")
      .get() as { sheet: string; row_number: number; cell_ref: string; gbtud: number };
    const model = demandModel();
    expect(row).toMatchObject({ sheet: 'Esc Med Regional', row_number: 26, cell_ref: 'E26' });
    expect(row.gbtud).toBeCloseTo(model.total('medio', '2024-10') * model.regionShare('cqr'), 9);
    expect(database.sqlite.prepare('SELECT count(*) FROM demand_node').pluck().get()).toBe(18); // MARIQUITA is a node of each of its two regions
    expect(database.sqlite.prepare("SELECT count(*) FROM demand_check WHERE status <> 'reconciled'").pluck().get()).toBe(0);
    expect(database.sqlite.prepare('SELECT count(*) FROM demand_check').pluck().get()).toBe(loaded.parsed.checks.length);
  });

  it('keeps older editions when a new one arrives, and replaces only its own edition on reload', async () => {
    const first = importUpme(database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip());
    const old = importUpme(database, 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip', await edition2023Zip());
    const rows2023 = count("edition = '2023'");
    expect(rows2023).toBe(old.rowsLoaded);

    // UPME republishes 2024 with another history: the whole 2024 snapshot is replaced.
    const revised = importUpme(database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip({ model: demandModel({ count: 30 }) }));
    expect(revised.supersededFileIds).toEqual([first.fileId]);
    expect(count("edition = '2024' AND source_file_id = ?", first.fileId)).toBe(0);
    expect(count("edition = '2024'")).toBe(revised.rowsLoaded);
    expect(count("edition = '2023'")).toBe(rows2023);
    expect(files()).toEqual([
      { id: first.fileId, name: 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', coverage: 'Edición 2024', status: 'superseded' },
      { id: old.fileId, name: 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip', coverage: 'Edición 2023', status: 'active' },
      { id: revised.fileId, name: 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', coverage: 'Edición 2024', status: 'active' },
    ]);
  });

  it('a single workbook replaces only its part of the edition; the zip is superseded once nothing of it remains', async () => {
    const zip = importUpme(database, 'anexo_2024.zip', await edition2024Zip());
    const gnlRows = count("book = 'gnl-transporte'");
    const industrial = importUpme(database, FILE_NAMES_2024.industrial, await sectorBook2024('industrial', { model: demandModel({ count: 24 }) }));
    expect(industrial.supersededFileIds).toEqual([]);
    expect(count("book = 'industrial' AND source_file_id = ?", zip.fileId)).toBe(0);
    expect(count("book = 'industrial'")).toBe(industrial.rowsLoaded);
    expect(count("book = 'gnl-transporte' AND source_file_id = ?", zip.fileId)).toBe(gnlRows);

    importUpme(database, FILE_NAMES_2024.agregada, await agregada2024());
    const gnl = importUpme(database, FILE_NAMES_2024.gnl, await gnl2024());
    expect(gnl.supersededFileIds).toEqual([zip.fileId]);
    expect(books()).toHaveLength(3);
    expect(count('source_file_id = ?', zip.fileId)).toBe(0);
  });

  it('stores every rejected cell with its reason and raw values', async () => {
    const bytes = await agregada2024({ tweak: (_book, sheet) => sheet.name === 'Esc Med Regional' && (sheet.getCell('C9').value = 'n.d.') });
    const loaded = importUpme(database, FILE_NAMES_2024.agregada, bytes);
    expect(loaded.rowsRejected).toBe(1);
    const reject = database.sqlite.prepare('SELECT source_id, source_file_id, sheet, row_number, reason_code, raw_json FROM rejected_row').get() as Record<string, unknown>;
    expect(reject).toMatchObject({ source_id: 'upme-demand', source_file_id: loaded.fileId, sheet: 'Esc Med Regional', row_number: 9, reason_code: 'valor-no-numerico' });
    expect(JSON.parse(reject['raw_json'] as string)).toEqual({ hoja: 'Esc Med Regional', celda: 'C9', periodo: '2023-05', encabezado: 'Costa Atlántica', valor: 'n.d.' });
  });

  it('a load that fails leaves the edition exactly as it was', async () => {
    const loaded = importUpme(database, 'anexo_2024.zip', await edition2024Zip());
    const before = count("edition = '2024'");
    const broken = { ...loaded.parsed, rows: [...loaded.parsed.rows, { ...loaded.parsed.rows[0]!, scenario: 'optimista' as never }] };
    const runId = startRun(database.sqlite, 'cli-import');
    const file = { sha256: 'f'.repeat(64), fileName: 'otro.zip', sizeBytes: 1, archivePath: null, url: null, etag: null, lastModified: null };
    expect(() => loadUpmeDemand(database.sqlite, file, broken, runId)).toThrow(/CHECK constraint failed/);
    expect(count("edition = '2024'")).toBe(before);
    expect(count("edition = '2024' AND source_file_id = ?", loaded.fileId)).toBe(before);
    expect(files()).toHaveLength(1);
  });
});
