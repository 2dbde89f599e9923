import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFiles, type FileImportOutcome } from '../../../../../src-main/etl/import/import-files';
import { describeWithSamples, samplePath } from '../../../../support/samples';
import { openTempApp, query, type TempApp } from '../../../../support/temp-app';

interface MapValues {
  values: Array<{ code: string; name: string; value: number }>;
  unplaced: { value: number; rows: number };
}

/**
 * The real files end to end through `caudal import`: ANH's three yearly workbooks, then the DIVIPOLA
 * export and the MGN boundaries. Every ANH municipality spelling must link to a code except the ones
 * that are wrong in the source itself, and the municipal map must account for all production.
 */
describeWithSamples('DANE territory with the real ANH, DIVIPOLA and MGN files', () => {
  let t: TempApp;
  let outcomes: FileImportOutcome[];
  beforeAll(async () => {
    t = await openTempApp();
    const files = [
      samplePath('anh', 'Produccion_Fiscalizada_Gas_2020.xlsx'),
      samplePath('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'),
      samplePath('anh', 'Produccion_Fiscalizada_Gas_2025.xlsx'),
      samplePath('divipola', 'Departamentos_y_municipios_de_Colombia.csv'),
      samplePath('geo', 'co_2018_MGN_DPTO_POLITICO.geojson'),
      samplePath('geo', 'co_2018_MGN_MPIO_POLITICO.geojson'),
    ];
    outcomes = importFiles(t.app.database, files, { archiveDir: join(t.dir, 'archivo'), trigger: 'cli-import' }).files;
  });
  afterAll(async () => t.close());

  it('recognises and loads every file', () => {
    expect(outcomes.map((o) => (o.status === 'loaded' ? [o.sourceId, o.coverage] : [o.status, o.status === 'failed' ? o.message : '']))).toEqual([
      ['anh-production', '2020'],
      ['anh-production', '2024'],
      ['anh-production', '2025'],
      ['dane-territory', 'DIVIPOLA: 1.123 municipios de 33 departamentos'],
      ['dane-territory', 'Límites departamentales MGN 2018 (33)'],
      ['dane-territory', 'Límites municipales MGN 2018 (1.122)'],
    ]);
  });

  it('links every ANH municipality spelling to its DIVIPOLA code, except the ones wrong in the source', () => {
    const { sqlite } = t.app.database;
    const unlinked = sqlite
      .prepare(`SELECT m.key FROM municipality m LEFT JOIN territory_municipality_key k ON k.key = m.key WHERE m.divipola_code IS NULL AND k.code IS NULL ORDER BY m.key`)
      .pluck()
      .all();
    // Cabuyaro is in Meta, not Boyacá; the NN rows are ANH's own "not defined".
    expect(unlinked).toEqual(['15:CABUYARO', '85:MUNICIPIO NN CASANARE', 'ND:MUNICIPIO NN']);
    const byKey = (key: string) => sqlite.prepare('SELECT divipola_code FROM municipality WHERE key = ?').pluck().get(key);
    expect(byKey('20:LA JAGUA IBIRICO')).toBe('20400');
    expect(byKey('85:VILLA NUEVA')).toBe('85440');
    expect(byKey('85:SAN LUIS DE PALENQUE')).toBe('85325');
    expect(byKey('50:CASTILLA NUEVA')).toBe('50150');
    expect(byKey('86:VALLE DEL GUAMUEZ')).toBe('86865');
  });

  it('places all 2024 production on the municipal map, except what the source leaves unplaceable', async () => {
    const series = await query<{ points: Array<{ volumeMpc: number }> }>(t.app, 'production.series', { from: '2024-01', to: '2024-12', granularity: 'year' });
    const total = series.points[0]!.volumeMpc;
    const map = await query<MapValues>(t.app, 'map.values', { level: 'municipality', measure: 'productionVolume', from: '2024-01', to: '2024-12' });
    const placed = map.values.reduce((sum, v) => sum + v.value, 0);
    expect(placed + map.unplaced.value).toBeCloseTo(total, 6);
    expect(map.unplaced.value).toBeLessThan(total * 0.05);
    const boundaries = await query<{ features: Array<{ id: string }> }>(t.app, 'map.boundaries', { level: 'municipality' });
    const withShape = new Set(boundaries.features.map((f) => f.id));
    expect(map.values.filter((v) => !withShape.has(v.code))).toEqual([]);
  });

  it('paints departments with the same total as the national series', async () => {
    const series = await query<{ points: Array<{ volumeMpc: number }> }>(t.app, 'production.series', { from: '2024-01', to: '2024-12', granularity: 'year' });
    const map = await query<MapValues>(t.app, 'map.values', { level: 'department', measure: 'productionVolume', from: '2024-01', to: '2024-12' });
    expect(map.values.reduce((sum, v) => sum + v.value, 0) + map.unplaced.value).toBeCloseTo(series.points[0]!.volumeMpc, 6);
    expect(map.values.find((v) => v.code === '85')?.name).toBe('Casanare');
  });
});
