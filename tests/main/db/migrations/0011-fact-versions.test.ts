import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/db/migrations';
import { useMigratedMemoryDatabase } from './migrated-memory-database';

/**
 * Every updated or deleted row of production or royalties moves that table's version, and nothing else
 * does; inserts need no trigger, since each raises the table's largest row id.
 */
describe('migration 0011-fact-versions', () => {
  const database = useMigratedMemoryDatabase();
  const open = database.open;
  const versions = () => Object.fromEntries(database.sqlite.prepare('SELECT table_name, version FROM fact_version ORDER BY table_name').raw().all() as Array<[string, number]>);
  const seedDimensions = () => {
    database.sqlite.prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'anh-production', 'x', 'x.xlsx', 1, 'ANH', 'active', 'x')").run();
    database.sqlite.prepare("INSERT INTO operator (id, key, name) VALUES (1, 'OP', 'Op')").run();
    database.sqlite.prepare("INSERT INTO field (id, key, name) VALUES (1, 'CAMPO', 'Campo')").run();
  };

  it('counts updated and deleted rows per table; an insert raises the largest row id instead', async () => {
    await open();
    seedDimensions();
    const maxId = () => database.sqlite.prepare('SELECT max(id) FROM production_monthly').pluck().get();
    expect(versions()).toEqual({ production_monthly: 0, royalty_monthly: 0 });
    const insert = database.sqlite.prepare("INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, operator_id, field_id, fiscalizada_mpc) VALUES (1, 'h', ?, '2024-01', 2024, 1, 1, 1)");
    for (let row = 1; row <= 3; row++) insert.run(row);
    expect(versions()).toEqual({ production_monthly: 0, royalty_monthly: 0 });
    expect(maxId()).toBe(3);
    database.sqlite.prepare('UPDATE production_monthly SET fiscalizada_mpc = 2 WHERE row_number = 1').run();
    database.sqlite.prepare('DELETE FROM production_monthly WHERE row_number > 1').run();
    expect(versions()).toEqual({ production_monthly: 3, royalty_monthly: 0 });
    // A row inserted after the largest was deleted takes an id above the remaining ones: the version
    // already moved with the deletion, and the new row moves the largest id again.
    insert.run(9);
    expect(maxId()).toBe(2);

    database.sqlite.prepare("INSERT INTO royalty_monthly (source_file_id, row_number, period, year, field_id, royalties_cop) VALUES (1, 1, '2024-01', 2024, 1, 10)").run();
    database.sqlite.prepare('DELETE FROM royalty_monthly').run();
    expect(versions()).toEqual({ production_monthly: 3, royalty_monthly: 1 });
  });

  it('leaves the version alone when a load is rolled back', async () => {
    await open();
    seedDimensions();
    const failedLoad = database.sqlite.transaction(() => {
      database.sqlite.prepare("INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, operator_id, field_id) VALUES (1, 'h', 1, '2024-01', 2024, 1, 1)").run();
      database.sqlite.prepare('DELETE FROM production_monthly').run();
      throw new Error('archivo dañado');
    });
    expect(() => failedLoad()).toThrow('archivo dañado');
    expect(versions()).toEqual({ production_monthly: 0, royalty_monthly: 0 });
  });

  it('upgrades a database that already holds facts, keeping every row', async () => {
    await open(migrations.filter(([name]) => name !== '0011-fact-versions'));
    seedDimensions();
    database.sqlite.prepare("INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, operator_id, field_id, fiscalizada_mpc) VALUES (1, 'h', 1, '2024-01', 2024, 1, 1, 5)").run();
    const report = await database.upgrade();
    expect(report.applied).toEqual(['0011-fact-versions']);
    expect(database.sqlite.prepare('SELECT count(*) FROM production_monthly').pluck().get()).toBe(1);
    expect(versions()).toEqual({ production_monthly: 0, royalty_monthly: 0 });
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
