import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { demandSeries } from '../../../../src-main/db/queries/demand-series';
import { CaudalError, commands, type CommandInput } from '../../../../src-shared/contract';
import { demandModel } from '../../etl/sources/upme-demand/fixtures/demand-model';
import { edition2023Zip, model2023 } from '../../etl/sources/upme-demand/fixtures/layout-2023';
import { edition2024Zip, NODE_SPLIT } from '../../etl/sources/upme-demand/fixtures/layout-2024';
import { importUpme } from '../../etl/sources/upme-demand/fixtures/load-fixture';

const model = demandModel();
const round = (value: number) => Math.round(value * 1e6) / 1e6;

describe('demand.series', () => {
  let database: OpenDatabase;
  const series = (input: CommandInput<'demand.series'>) => demandSeries(database.db, commands['demand.series'].input.parse(input));
  const points = async (input: CommandInput<'demand.series'>) => (await series(input)).points.map((p) => [p.period, p.scenario, round(p.gbtud)]);

  beforeAll(async () => {
    database = await openDatabase(':memory:');
    importUpme(database, 'Anexo_proyeccion_demanda_gas_natural_rev_dic_2023.zip', await edition2023Zip());
    importUpme(database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip());
  });
  afterAll(async () => database.close());

  it('answers nothing, with no edition, before any is loaded', async () => {
    const empty = await openDatabase(':memory:');
    expect(await demandSeries(empty.db, commands['demand.series'].input.parse({}))).toMatchObject({ edition: null, points: [] });
    await empty.close();
  });

  it('defaults to the newest edition: history once, then each scenario, month by month', async () => {
    const answer = await series({ from: '2024-08', to: '2024-11' });
    expect(answer).toMatchObject({ edition: '2024', sector: 'total', area: 'national', granularity: 'month', unit: 'GBTUD', projectionStart: '2024-10' });
    expect(answer.points.map((p) => [p.period, p.scenario, p.history, round(p.gbtud)])).toEqual([
      ['2024-08', 'historico', true, round(model.total('medio', '2024-08'))],
      ['2024-09', 'historico', true, round(model.total('medio', '2024-09'))],
      ['2024-10', 'bajo', false, round(model.total('bajo', '2024-10'))],
      ['2024-10', 'medio', false, round(model.total('medio', '2024-10'))],
      ['2024-10', 'alto', false, round(model.total('alto', '2024-10'))],
      ['2024-11', 'bajo', false, round(model.total('bajo', '2024-11'))],
      ['2024-11', 'medio', false, round(model.total('medio', '2024-11'))],
      ['2024-11', 'alto', false, round(model.total('alto', '2024-11'))],
    ]);
  });

  it('keeps older editions selectable, so old projections can be compared with what happened', async () => {
    const old = model2023();
    expect(await points({ edition: '2023', scenarios: ['medio'], from: '2024-10', to: '2024-10' })).toEqual([['2024-10', 'medio', round(old.total('medio', '2024-10'))]]);
    expect(await points({ edition: '2024', scenarios: ['historico'], from: '2024-09', to: '2024-09' })).toEqual([['2024-09', 'historico', round(model.total('medio', '2024-09'))]]);
    await expect(series({ edition: '2019' })).rejects.toThrow(new CaudalError('not-found', 'La edición 2019 de la proyección de demanda no está cargada (ediciones cargadas: 2024, 2023)'));
  });

  it('adds up regions and nodes of the same month', async () => {
    const share = model.regionShare('centro') + model.regionShare('cqr');
    expect(await points({ regions: ['centro', 'cqr'], from: '2025-03', to: '2025-03' })).toEqual([['2025-03', 'medio', round(model.total('medio', '2025-03') * share)]]);
    // 2024 publishes regions for the medio scenario only; the 2023 layout has a regional sheet per scenario.
    expect(await points({ regions: ['centro', 'cqr'], scenarios: ['alto'], from: '2025-03', to: '2025-03' })).toEqual([]);
    const old = model2023();
    expect(await points({ edition: '2023', regions: ['centro', 'cqr'], scenarios: ['alto'], from: '2025-03', to: '2025-03' })).toEqual([['2025-03', 'alto', round(old.total('alto', '2025-03') * share)]]);
    const node = 'centro:CENTRO NODO 2 -(TRAMO)'; // UPME's double and trailing spaces tidied away
    expect(await points({ nodes: [node], from: '2025-03', to: '2025-03' })).toEqual([['2025-03', 'medio', round(model.total('medio', '2025-03') * model.regionShare('centro') * NODE_SPLIT[1])]]);
    await expect(series({ nodes: ['centro:NO EXISTE'] })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('takes a sector from its own workbook when loaded, else from the Agregada sectoral sheet, never both', async () => {
    const industrial = await points({ sector: 'industrial', scenarios: ['historico', 'medio', 'alto'], from: '2024-09', to: '2024-10' });
    expect(industrial).toEqual([
      ['2024-09', 'historico', round(model.sector('industrial', 'medio', '2024-09'))],
      ['2024-10', 'medio', round(model.sector('industrial', 'medio', '2024-10'))],
      ['2024-10', 'alto', round(model.sector('industrial', 'alto', '2024-10'))], // only the workbook has scenarios
    ]);
    const residencial = await points({ sector: 'residencial', from: '2024-10', to: '2024-10' });
    expect(residencial).toEqual([['2024-10', 'medio', round(model.sector('residencial', 'medio', '2024-10'))]]);
  });

  it('averages months into years, never sums them; a year where the projection starts mixes history into each scenario', async () => {
    const answer = await series({ granularity: 'year', scenarios: ['historico', 'bajo', 'medio'] });
    const months2024 = model.months.filter((p) => p.startsWith('2024-'));
    const history2024 = months2024.filter((p) => p < '2024-10');
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(answer.points.map((p) => [p.period, p.scenario, p.history, p.months, p.historyMonths, round(p.gbtud)])).toEqual([
      ['2023', 'historico', true, 12, 12, round(average(model.months.filter((p) => p.startsWith('2023-')).map((p) => model.total('medio', p))))],
      ['2024', 'bajo', false, 12, 9, round(average(months2024.map((p) => model.total('bajo', p))))],
      ['2024', 'medio', false, 12, 9, round(average(months2024.map((p) => model.total('medio', p))))],
      ['2025', 'bajo', false, 12, 0, round(average(model.months.filter((p) => p.startsWith('2025-')).map((p) => model.total('bajo', p))))],
      ['2025', 'medio', false, 12, 0, round(average(model.months.filter((p) => p.startsWith('2025-')).map((p) => model.total('medio', p))))],
    ]);
    expect(history2024).toHaveLength(9);
    // Without history, a scenario's year holds only its projected months.
    const projectedOnly = await series({ granularity: 'year', scenarios: ['alto'], to: '2024-12' });
    expect(projectedOnly.points.map((p) => [p.period, p.months, p.historyMonths])).toEqual([['2024', 3, 0]]);
  });

  it('validates its input in Spanish', () => {
    const input = commands['demand.series'].input;
    expect(input.safeParse({ regions: ['centro'], nodes: ['centro:X'] }).error?.issues[0]?.message).toBe('Elija regiones o nodos, no ambos');
    expect(input.safeParse({ from: '2025-01', to: '2024-01' }).error?.issues[0]?.message).toBe('El periodo inicial es posterior al final');
    expect(input.safeParse({ regions: ['orinoquia'] }).success).toBe(false);
    expect(input.safeParse({ edition: '24' }).error?.issues[0]?.message).toBe('Edición inválida: use el año de la edición (por ejemplo 2024)');
  });
});
