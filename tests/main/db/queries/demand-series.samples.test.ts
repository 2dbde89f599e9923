import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { demandSeries } from '../../../../src-main/db/queries/demand-series';
import { importFiles } from '../../../../src-main/etl/import/import-files';
import { readWorkbook } from '../../../../src-main/etl/xlsx';
import { commands, type CommandInput } from '../../../../src-shared/contract';
import { demandRegionIds, type DemandSector } from '../../../../src-shared/contract/demand';
import { describeWithSamples } from '../../../support/samples';
import { SAMPLE_ZIP_NAME_2024, sampleBook2024, sampleZip2024 } from '../../etl/sources/upme-demand/upme-samples';

/**
 * `caudal import` of the real 2024 zip, then the questions analysts ask, checked against UPME's own
 * figures: regions add up to the nation, sectors add up to the total, and yearly figures are UPME's
 * own yearly averages.
 */
describeWithSamples('demand.series on the real 2024 edition', () => {
  let database: OpenDatabase;
  let dir: string;
  const monthly = async (input: CommandInput<'demand.series'>) => {
    const answer = await demandSeries(database.db, commands['demand.series'].input.parse({ scenarios: ['historico', 'medio'], ...input }));
    return new Map(answer.points.map((p) => [p.period, p.gbtud]));
  };
  const maxDifference = (a: Map<string, number>, b: Map<string, number>) => {
    expect([...a.keys()]).toEqual([...b.keys()]);
    return Math.max(...[...a].map(([period, value]) => Math.abs(value - b.get(period)!)));
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-upme-import-'));
    database = await openDatabase(':memory:');
    const zipPath = join(dir, SAMPLE_ZIP_NAME_2024);
    writeFileSync(zipPath, sampleZip2024());
    const summary = importFiles(database, [zipPath], { archiveDir: join(dir, 'archivo'), trigger: 'cli-import' });
    expect(summary.files).toEqual([expect.objectContaining({ status: 'loaded', sourceId: 'upme-demand', coverage: 'Edición 2024', rowsLoaded: 116_168, rowsRejected: 0 })]);
  });
  afterAll(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('national medium-scenario demand equals the sum of the regions, every month (0.01 GBTUD)', async () => {
    for (const sector of ['total', 'industrial', 'termoelectrico', 'gnl-transporte'] as const) {
      const national = await monthly({ sector });
      const regions = await monthly({ sector, regions: [...demandRegionIds] });
      expect(national.size, sector).toBe(sector === 'gnl-transporte' ? 216 : 384);
      expect(maxDifference(national, regions), sector).toBeLessThan(0.01);
    }
  });

  it('the sectors add up to the national total every month, each sector counted once', async () => {
    const sectors: DemandSector[] = ['residencial', 'industrial', 'terciario', 'vehicular', 'petrolero', 'petroquimico', 'termoelectrico', 'compresores'];
    const sum = new Map<string, number>();
    for (const sector of sectors) for (const [period, value] of await monthly({ sector })) sum.set(period, (sum.get(period) ?? 0) + value);
    expect(maxDifference(await monthly({}), sum)).toBeLessThan(0.01);
  });

  it('the nodes add up to the national figure for every projected month', async () => {
    const national = await monthly({ sector: 'industrial', from: '2024-12' });
    const nodeKeys = database.sqlite.prepare("SELECT DISTINCT node_key FROM demand_monthly WHERE sector = 'industrial' AND area_kind = 'node'").pluck().all() as string[];
    expect(nodeKeys).toHaveLength(172);
    expect(maxDifference(national, await monthly({ sector: 'industrial', nodes: nodeKeys, from: '2024-12' }))).toBeLessThan(0.01);
  });

  it('yearly figures are the average of the months: they equal UPME’s own yearly table', async () => {
    const sheet = readWorkbook(sampleBook2024('termoelectrico')).sheet('Esc Alto, Medio y Bajo');
    const published = new Map<string, { bajo: number; medio: number | null }>();
    for (const row of sheet.rows) {
      const year = row.cell(8)?.value;
      if (typeof year === 'number') published.set(String(year), { bajo: row.cell(9)!.value as number, medio: (row.cell(10)?.value as number | undefined) ?? null });
    }
    expect(published.size).toBe(32);
    const answer = await demandSeries(database.db, commands['demand.series'].input.parse({ sector: 'termoelectrico', granularity: 'year', scenarios: ['historico', 'bajo', 'medio'] }));
    for (const [year, figures] of published) {
      const bajo = answer.points.find((p) => p.period === year && (p.scenario === 'bajo' || p.scenario === 'historico'));
      expect(bajo!.gbtud, year).toBeCloseTo(figures.bajo, 6);
      if (figures.medio !== null) expect(answer.points.find((p) => p.period === year && p.scenario !== 'bajo')!.gbtud, year).toBeCloseTo(figures.medio, 6);
    }
    const mixed = answer.points.filter((p) => p.period === '2024');
    expect(mixed.map((p) => [p.scenario, p.months, p.historyMonths])).toEqual([
      ['bajo', 12, 10],
      ['medio', 12, 10],
    ]);
  });
});
