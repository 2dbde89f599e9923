import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { municipalityKey } from '../../../../../src-shared/domain/territory';
import { daneTerritorySource } from '../../../../../src-main/etl/sources/dane-territory';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { seedProduction } from '../../../../support/seed-production';
import { archived, openTempApp, type TempApp } from '../../../../support/temp-app';
import { divipolaCsv } from './divipola-fixture';
import { departmentsGeoJson, municipalitiesGeoJson, topology } from './geo-fixture';

const NOW = new Date('2026-01-15T12:00:00Z');

function loadText(t: TempApp, text: string, name: string) {
  const probe = probeFile(name, new TextEncoder().encode(text));
  return daneTerritorySource.load(t.app.database.sqlite, archived(name), daneTerritorySource.transform(probe), t.run(), NOW) as ReturnType<typeof daneTerritorySource.load> & { warnings: string[] };
}

function municipalities(sqlite: BetterSqlite3.Database) {
  return sqlite.prepare('SELECT key, divipola_code AS code, name FROM municipality ORDER BY key').all() as Array<{ key: string; code: string | null; name: string }>;
}

/** Municipality rows as the ANH production load creates them (its spellings, its keys). */
function seedAnhMunicipalities(sqlite: BetterSqlite3.Database): void {
  seedProduction(sqlite, [
    { period: '2024-01', field: 'CUPIAGUA', operator: 'ECOPETROL', department: '85', municipality: 'YOPAL', fiscalizada: 100 },
    { period: '2024-01', field: 'X', operator: 'ECOPETROL', department: '85', municipality: 'VILLA NUEVA', fiscalizada: 10 },
    { period: '2024-01', field: 'Y', operator: 'ECOPETROL', department: '20', municipality: 'LA JAGUA IBIRICO', fiscalizada: 5 },
    { period: '2024-01', field: 'Z', operator: 'ECOPETROL', department: '85', municipality: 'SAN LUIS DE PALENQUE', fiscalizada: 7 },
    // ANH's wrong department: Cabuyaro is in Meta. Not an alias: it stays unlinked.
    { period: '2024-01', field: 'W', operator: 'ECOPETROL', department: '15', municipality: 'CABUYARO', fiscalizada: 3 },
    { period: '2024-01', field: 'V', operator: 'ECOPETROL', department: '85', municipality: 'MUNICIPIO NN CASANARE', fiscalizada: 2 },
    { period: '2024-01', field: 'U', operator: 'ECOPETROL', department: null, municipality: 'ALGUNO', fiscalizada: 1 },
  ]);
}

describe('DANE territory load', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
  });
  afterEach(async () => t.close());

  it('stores the DIVIPOLA list and links the municipality rows of other sources by exact key and alias', () => {
    const { sqlite } = t.app.database;
    seedAnhMunicipalities(sqlite);
    const result = loadText(t, divipolaCsv(), 'divipola.csv');
    expect(result).toMatchObject({ rowsLoaded: 13, supersededFileIds: [], coverage: 'DIVIPOLA: 13 municipios de 7 departamentos' });
    expect(sqlite.prepare('SELECT count(*) FROM territory_municipality').pluck().get()).toBe(13);
    expect(municipalities(sqlite)).toEqual([
      { key: '15:CABUYARO', code: null, name: 'CABUYARO' },
      { key: '20:LA JAGUA IBIRICO', code: '20400', name: 'La Jagua de Ibirico' },
      { key: '85:MUNICIPIO NN CASANARE', code: null, name: 'MUNICIPIO NN CASANARE' },
      { key: '85:SAN LUIS DE PALENQUE', code: '85325', name: 'San Luis de Gaceno' },
      { key: '85:VILLA NUEVA', code: '85440', name: 'Villanueva' },
      { key: '85:YOPAL', code: '85001', name: 'Yopal' },
      { key: 'ND:ALGUNO', code: null, name: 'ALGUNO' },
    ]);
  });

  it('reports the rows it cannot link as rejects of the DIVIPOLA file, with reason and how many facts they hold', () => {
    const { sqlite } = t.app.database;
    seedAnhMunicipalities(sqlite);
    const result = loadText(t, divipolaCsv(), 'divipola.csv');
    expect(result.rowsRejected).toBe(3);
    const rejects = sqlite
      .prepare("SELECT reason_code, reason, raw_json FROM rejected_row WHERE source_id = 'dane-territory' AND source_file_id = ? ORDER BY id")
      .all(result.fileId) as Array<{ reason_code: string; reason: string; raw_json: string }>;
    expect(rejects.map((r) => r.reason_code)).toEqual(['municipality-not-in-divipola', 'municipality-undefined-in-source', 'municipality-without-department']);
    expect(rejects[0]!.reason).toBe('El municipio "CABUYARO" (departamento 15) no coincide con ningún nombre DIVIPOLA de ese departamento ni con un alias conocido; queda sin código.');
    expect(JSON.parse(rejects[0]!.raw_json)).toEqual({ clave: '15:CABUYARO', municipio: 'CABUYARO', departamento: '15', filasProduccion: 1, filasRegalias: 0 });
  });

  it('gives the code to the official spelling when a municipality is written two ways, and says so', () => {
    const { sqlite } = t.app.database;
    seedAnhMunicipalities(sqlite);
    sqlite.prepare('INSERT INTO municipality (key, department_code, name) VALUES (?, ?, ?)').run(municipalityKey('85', 'Villanueva'), '85', 'VILLANUEVA');
    const result = loadText(t, divipolaCsv(), 'divipola.csv');
    const rows = municipalities(sqlite).filter((m) => m.key.startsWith('85:VILLA'));
    expect(rows).toEqual([
      { key: '85:VILLA NUEVA', code: null, name: 'VILLA NUEVA' },
      { key: '85:VILLANUEVA', code: '85440', name: 'Villanueva' },
    ]);
    expect(result.warnings).toContain(
      'El municipio 85440 aparece escrito de varias formas en los datos cargados ("VILLA NUEVA", "VILLANUEVA"); los mapas y totales por código los suman.',
    );
    // Both spellings still reach the code through the key table.
    expect(sqlite.prepare("SELECT code FROM territory_municipality_key WHERE key IN ('85:VILLA NUEVA', '85:VILLANUEVA')").pluck().all()).toEqual(['85440', '85440']);
  });

  it('replaces the list on a new import, superseding the previous file, and moves codes that changed', () => {
    const { sqlite } = t.app.database;
    seedAnhMunicipalities(sqlite);
    const first = loadText(t, divipolaCsv(), 'divipola-1.csv');
    const withoutYopal = divipolaCsv().replace('Región Llano,85,Casanare,85001,Yopal\n', '');
    const second = loadText(t, withoutYopal, 'divipola-2.csv');
    expect(second.supersededFileIds).toEqual([first.fileId]);
    expect(sqlite.prepare('SELECT status FROM source_file WHERE id = ?').pluck().get(first.fileId)).toBe('superseded');
    expect(sqlite.prepare('SELECT count(*) FROM territory_municipality').pluck().get()).toBe(12);
    expect(municipalities(sqlite).find((m) => m.key === '85:YOPAL')?.code).toBeNull();
  });

  it('stores simplified boundaries per level; municipal MGN names become exact keys too', () => {
    const { sqlite } = t.app.database;
    sqlite.prepare('INSERT INTO municipality (key, department_code, name) VALUES (?, ?, ?)').run('85:TAURAMENA', '85', 'TAURAMENA');
    const departments = loadText(t, JSON.stringify(departmentsGeoJson()), 'dptos.geojson');
    expect(departments).toMatchObject({ rowsLoaded: 2, rowsRejected: 0, coverage: 'Límites departamentales MGN 2018 (2)' });
    const towns = loadText(t, JSON.stringify(municipalitiesGeoJson()), 'mpios.geojson');
    expect(towns.rowsLoaded).toBe(3);
    const stored = sqlite.prepare('SELECT level, code, name, source_file_id, feature_index FROM territory_boundary ORDER BY level, code').all();
    expect(stored).toEqual([
      { level: 'department', code: '50', name: 'META', source_file_id: departments.fileId, feature_index: 2 },
      { level: 'department', code: '85', name: 'CASANARE', source_file_id: departments.fileId, feature_index: 1 },
      { level: 'municipality', code: '85001', name: 'YOPAL', source_file_id: towns.fileId, feature_index: 1 },
      { level: 'municipality', code: '85325', name: 'SAN LUIS DE PALENQUE', source_file_id: towns.fileId, feature_index: 3 },
      { level: 'municipality', code: '85410', name: 'TAURAMENA', source_file_id: towns.fileId, feature_index: 2 },
    ]);
    // Without any DIVIPOLA list, the boundaries alone link Tauramena by its MGN name.
    expect(municipalities(sqlite)).toEqual([{ key: '85:TAURAMENA', code: '85410', name: 'TAURAMENA' }]);
  });

  it('keeps a TopoJSON with both levels active while one of its levels is still the one in use', () => {
    const { sqlite } = t.app.database;
    const both = loadText(t, JSON.stringify(topology()), 'colombia.topojson');
    expect(both.coverage).toBe('Límites departamentales (2) y Límites municipales (1)');
    const departmentsOnly = loadText(t, JSON.stringify(departmentsGeoJson()), 'dptos.geojson');
    expect(departmentsOnly.supersededFileIds).toEqual([]);
    expect(sqlite.prepare('SELECT status FROM source_file WHERE id = ?').pluck().get(both.fileId)).toBe('active');
    const municipalOnly = loadText(t, JSON.stringify(municipalitiesGeoJson()), 'mpios.geojson');
    expect(municipalOnly.supersededFileIds).toEqual([both.fileId]);
    expect(sqlite.prepare('SELECT status FROM source_file WHERE id = ?').pluck().get(both.fileId)).toBe('superseded');
  });
});
