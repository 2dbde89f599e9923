import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { createDimensionIds } from '../../../src-main/db/dimension-ids';

let app: CaudalApp;
beforeEach(async () => {
  app = await openCaudalApp({ dbPath: ':memory:' });
});
afterEach(async () => app.close());

function loadTerritoryKeys(keys: Array<[key: string, code: string]>) {
  const { sqlite } = app.database;
  const fileId = sqlite
    .prepare("INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES ('dane-territory', 'x', 'divipola.csv', 1, 'DANE', 'active', 't')")
    .run().lastInsertRowid;
  const insert = sqlite.prepare("INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES (?, ?, 'alias', ?)");
  for (const [key, code] of keys) insert.run(key, code, fileId);
}

describe('createDimensionIds', () => {
  it('groups entity spellings by key, keeping the first spelling as the name', () => {
    const ids = createDimensionIds(app.database.sqlite);
    const first = ids.entity('operator', 'ECOPETROL SA', 'ECOPETROL S.A.');
    expect(ids.entity('operator', 'ECOPETROL SA', 'ECOPETROL S.A')).toBe(first);
    expect(app.database.sqlite.prepare('SELECT name FROM operator').pluck().all()).toEqual(['ECOPETROL S.A.']);
  });

  it('gives a municipality its DIVIPOLA code when the territory is loaded, and reuses the row for another spelling', () => {
    loadTerritoryKeys([
      ['20:LA JAGUA DE IBIRICO', '20400'],
      ['20:LA JAGUA IBIRICO', '20400'],
    ]);
    const ids = createDimensionIds(app.database.sqlite);
    const official = ids.municipality('20:LA JAGUA DE IBIRICO', '20', 'La Jagua de Ibirico');
    expect(ids.municipality('20:LA JAGUA IBIRICO', '20', 'LA JAGUA IBIRICO')).toBe(official);
    const unknown = ids.municipality('20:NO EXISTE', '20', 'NO EXISTE');
    const rows = app.database.sqlite.prepare('SELECT id, key, divipola_code FROM municipality ORDER BY id').all();
    expect(rows).toEqual([
      { id: official, key: '20:LA JAGUA DE IBIRICO', divipola_code: '20400' },
      { id: unknown, key: '20:NO EXISTE', divipola_code: null },
    ]);
  });
});
