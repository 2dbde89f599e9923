import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { openCaudalApp } from '../../../../src-main/app/caudal-app';
import { declaredHeatingValues } from '../../../../src-main/db/queries/declaration-heating-values';
import { declarationResolutions } from '../../../../src-main/db/queries/declaration-resolutions';
import { declarationSeries } from '../../../../src-main/db/queries/declaration-series';
import { createInProcessClient } from '../../../../src-main/transports/in-process';
import { CaudalError, type CommandInput } from '../../../../src-shared/contract';
import { declarationResolutions as resolutionsCommand, declarationSeries as seriesCommand } from '../../../../src-shared/contract/declaration';
import { mpcdTo } from '../../../../src-shared/domain/units';
import { loadSoporte, openDeclarationTestDb, type DeclarationTestDb } from '../../etl/sources/mme-declaration/fixtures/declaration-db';
import type { DataRowSpec, SheetSpec } from '../../etl/sources/mme-declaration/fixtures/soporte-workbook';

const constant = (value: number) => () => value;
/** 11 + year index, plus a hundredth per month: each month and year distinguishable. */
const operatorA = (yearIndex: number, month: number) => 11 + yearIndex + month / 100;

function vigia(rows: DataRowSpec[], heatingValue: number | null, firstYear = 2025): SheetSpec {
  return { kind: 'field', name: 'VIGIA SUR - 1', field: 'VIGIA SUR', layout: 'right', firstYear, heatingValue, rows };
}

let t: DeclarationTestDb;
const series = (input: CommandInput<'declaration.series'> = {}) => declarationSeries(t.db, seriesCommand.input.parse(input));
const at = (points: ReadonlyArray<{ period: string; value: number }>, period: string) => points.find((p) => p.period === period)?.value;

beforeAll(async () => {
  t = await openDeclarationTestDb();
  await loadSoporte(t.sqlite, 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - a.xlsm', [
    vigia(
      [
        { operator: 'OPERADORA A', type: 'PTDV', value: constant(10) },
        { type: 'PC- Exportaciones', value: constant(4) },
        { operator: 'ESTADO - OPERADORA A', type: 'PTDV', value: constant(1) },
        { operator: 'SOCIO B', type: 'PTDV', value: constant(2) },
      ],
      1050,
    ),
  ]);
  await loadSoporte(t.sqlite, 'Resolución 01281 del 2025-07-29 - Declaración 2025-2034 - b.xlsm', [
    vigia(
      [
        { operator: 'OPERADORA A', type: 'PTDV', value: operatorA },
        { operator: 'ESTADO - OPERADORA A', type: 'PTDV', value: constant(1) },
        { operator: 'SOCIO B', type: 'PTDV', value: constant(2) },
        { type: 'PC- Refinería de Cartagena', value: constant(0.5) },
      ],
      1100,
    ),
    { kind: 'field', name: 'CAMPO RICO', layout: 'below', firstYear: 2025, heatingValue: null, rows: [{ operator: 'OPERADORA C', type: 'PTDV', value: (y) => (y < 3 ? 5 : null) }] },
  ]);
  await loadSoporte(t.sqlite, 'Resolución 00662 del 2024-07-03 - Declaración 2024-2033 - c.xlsm', [vigia([{ operator: 'OPERADORA A', type: 'PTDV', value: constant(7) }], 1040, 2024)]);
});
afterAll(async () => t.close());

describe('declaration.series', () => {
  it('defaults to the current resolution of the latest declaration, PTDV with the State share, one point per month', async () => {
    const result = await series();
    expect(result).toMatchObject({
      declarationPeriod: '2025-2034',
      resolution: { id: '01281-2025', number: '01281', year: 2025, issuedOn: '2025-07-29', title: 'Resolución 01281 del 29 de julio de 2025', status: 'vigente' },
      unit: 'GBTUD',
      granularity: 'month',
      productionTypes: ['PTDV'],
      includeStateShare: true,
      series: [],
      heatingValues: [],
      notes: [],
    });
    expect(result.points).toHaveLength(120);
    expect(result.points[0]).toEqual({ period: '2025-01', value: 11.01 + 1 + 2 + 5, months: 1 });
    expect(at(result.points, '2028-01')).toBeCloseTo(14.01 + 1 + 2, 10); // CAMPO RICO declares three years only
    expect(result.points.at(-1)).toEqual({ period: '2034-12', value: 20.12 + 1 + 2, months: 1 });
  });

  it('filters by field, operator (a State share counts for its operator), production type and State share', async () => {
    expect(at((await series({ includeStateShare: false })).points, '2025-01')).toBeCloseTo(18.01, 10);
    expect(at((await series({ fields: ['CAMPO RICO'] })).points, '2025-01')).toBe(5);
    expect(at((await series({ operators: ['OPERADORA A'] })).points, '2025-01')).toBeCloseTo(12.01, 10);
    expect(at((await series({ operators: ['OPERADORA A'], includeStateShare: false })).points, '2025-01')).toBeCloseTo(11.01, 10);
    expect(at((await series({ productionTypes: ['PC'] })).points, '2025-01')).toBe(0.5);
    const both = await series({ productionTypes: ['PTDV', 'PC'], operators: ['SOCIO B'] });
    expect(at(both.points, '2025-01')).toBe(2.5);
    expect(both.notes).toEqual([expect.stringMatching(/^Se suman varios tipos de producción/)]);
    const none = await series({ fields: ['NO EXISTE'] });
    expect(none.points.every((p) => p.value === 0)).toBe(true);
    expect(none.notes).toEqual(['Ninguna fila de la resolución coincide con los filtros.']);
  });

  it('cuts to a period range and averages the monthly rates of a year', async () => {
    const range = await series({ from: '2025-03', to: '2025-05', fields: ['VIGIA SUR'], includeStateShare: false });
    expect(range.points.map((p) => [p.period, p.value])).toEqual([
      ['2025-03', 11.03 + 2],
      ['2025-04', 11.04 + 2],
      ['2025-05', 11.05 + 2],
    ]);
    const years = await series({ granularity: 'year', operators: ['OPERADORA A'], includeStateShare: false });
    expect(years.points).toHaveLength(10);
    expect(years.points[0]!.period).toBe('2025');
    expect(years.points[0]!.months).toBe(12);
    expect(years.points[0]!.value).toBeCloseTo(11.065, 10);
    const halfYear = await series({ granularity: 'year', from: '2025-07', to: '2026-06', operators: ['OPERADORA A'], includeStateShare: false });
    expect(halfYear.points.map((p) => [p.period, p.months])).toEqual([
      ['2025', 6],
      ['2026', 6],
    ]);
    expect(halfYear.points[0]!.value).toBeCloseTo(11.095, 10);
  });

  it('converts to MPCD with each field sheet heating value, and says which one it used', async () => {
    const result = await series({ unit: 'MPCD' });
    const vigiaMpcd = ((11.01 + 1 + 2) * 1000) / 1100;
    expect(at(result.points, '2025-01')).toBeCloseTo(vigiaMpcd + 5, 10);
    expect(mpcdTo('GBTUD', vigiaMpcd, 1100)).toBeCloseTo(14.01, 10);
    expect(result.heatingValues).toEqual([
      { fieldKey: 'CAMPO RICO', field: 'CAMPO RICO', sheet: 'CAMPO RICO', btuPerCf: 1000, basis: 'supuesta' },
      { fieldKey: 'VIGIA SUR', field: 'VIGIA SUR', sheet: 'VIGIA SUR - 1', btuPerCf: 1100, basis: 'declarada' },
    ]);
    expect(result.notes).toEqual(['Sin poder calorífico declarado para CAMPO RICO: se convirtió a MPCD con 1000 BTU/PC (valor supuesto).']);
  });

  it('reads an earlier resolution or another declaration when asked, and says it is not the current one', async () => {
    const older = await series({ resolution: '739' });
    expect(older.resolution).toMatchObject({ id: '00739-2025', status: 'anterior' });
    expect(at(older.points, '2025-01')).toBe(13);
    expect(older.notes).toEqual(['Muestra la Resolución 00739 del 28 de mayo de 2025, anterior a la vigente (Resolución 01281 del 29 de julio de 2025).']);
    expect((await series({ resolution: '00739-2025', declarationPeriod: '2025-2034' })).resolution?.id).toBe('00739-2025');
    const previousDeclaration = await series({ declarationPeriod: '2024-2033' });
    expect(previousDeclaration).toMatchObject({ declarationPeriod: '2024-2033', resolution: { id: '00662-2024', status: 'vigente' } });
    expect(previousDeclaration.points[0]).toEqual({ period: '2024-01', value: 7, months: 1 });
  });

  it('splits by operator (the State apart), field or production type; the series add up to the total', async () => {
    const byOperator = await series({ splitBy: 'operator' });
    expect(byOperator.series.map((s) => [s.key, s.label, at(s.points, '2025-01')])).toEqual([
      // Largest over the whole declaration first: OPERADORA C declares three years only.
      ['OPERADORA A', 'OPERADORA A', 11.01],
      ['SOCIO B', 'SOCIO B', 2],
      ['OPERADORA C', 'OPERADORA C', 5],
      ['__estado__', 'Participación del Estado', 1],
    ]);
    for (const point of byOperator.points) {
      const sum = byOperator.series.reduce((s, x) => s + (at(x.points, point.period) ?? 0), 0);
      expect(sum).toBeCloseTo(point.value, 10);
    }
    const byType = await series({ splitBy: 'productionType', productionTypes: ['PTDV', 'PC'] });
    expect(byType.series.map((s) => [s.key, s.label])).toEqual([
      ['PTDV', 'Producción total disponible para la venta (PTDV)'],
      ['PC', 'Producción comprometida (PC)'],
    ]);
    const byField = await series({ splitBy: 'field', granularity: 'year' });
    expect(byField.series.map((s) => s.label)).toEqual(['VIGIA SUR', 'CAMPO RICO']);
    expect(byField.series[0]!.points[0]!.value).toBeCloseTo(11.065 + 3, 10);
    expect(byField.series[1]!.points.map((p) => p.value)).toEqual([5, 5, 5, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('answers clearly for a resolution or a declaration that is not loaded', async () => {
    await expect(series({ resolution: '99999' })).rejects.toThrow(CaudalError);
    await expect(series({ resolution: '99999' })).rejects.toThrow(
      'La resolución 99999 no está cargada; disponibles: 01281-2025 (2025-2034), 00739-2025 (2025-2034), 00662-2024 (2024-2033)',
    );
    await expect(series({ declarationPeriod: '2030-2039' })).rejects.toMatchObject({ code: 'not-found', message: 'La declaración 2030-2039 no está cargada (cargadas: 2025-2034, 2024-2033)' });
  });
});

describe('declaration.resolutions', () => {
  it('lists declarations and resolutions newest first, with fields, files and statuses', async () => {
    const result = await declarationResolutions(t.db, resolutionsCommand.input.parse(undefined));
    expect(result.periods.map((p) => [p.declarationPeriod, p.firstYear, p.lastYear, p.currentResolutionId])).toEqual([
      ['2025-2034', 2025, 2034, '01281-2025'],
      ['2024-2033', 2024, 2033, '00662-2024'],
    ]);
    const [current] = result.periods;
    expect(current!.resolutions.map((r) => [r.id, r.issuedOn, r.status, r.fields, r.files.map((f) => [f.fileName, f.status, f.fieldSheets, f.rowsLoaded])])).toEqual([
      ['01281-2025', '2025-07-29', 'vigente', 2, [['Resolución 01281 del 2025-07-29 - Declaración 2025-2034 - b.xlsm', 'vigente', 2, 5]]],
      ['00739-2025', '2025-05-28', 'anterior', 1, [['Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - a.xlsm', 'anterior', 1, 4]]],
    ]);
    const only = await declarationResolutions(t.db, { declarationPeriod: '2024-2033' });
    expect(only.periods.map((p) => p.declarationPeriod)).toEqual(['2024-2033']);
  });

  it('gives the latest declared heating value of each field, for other sources to convert volumes', async () => {
    const values = await declaredHeatingValues(t.db);
    expect([...values.values()]).toEqual([{ fieldKey: 'VIGIA SUR', field: 'VIGIA SUR', btuPerCf: 1100, declarationPeriod: '2025-2034', resolutionId: '01281-2025', sheet: 'VIGIA SUR - 1' }]);
    expect((await declaredHeatingValues(t.db, ['CAMPO RICO'])).size).toBe(0);
  });
});

describe('declaration.resolutions with a corrected copy', () => {
  it('shows the replaced copy as history, and the queries read only the copy that replaced it', async () => {
    const own = await openDeclarationTestDb();
    try {
      const name = 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - a.xlsm';
      await loadSoporte(own.sqlite, name, [vigia([{ operator: 'OPERADORA A', type: 'PTDV', value: constant(10) }], 1050)]);
      await loadSoporte(own.sqlite, name, [vigia([{ operator: 'OPERADORA A', type: 'PTDV', value: constant(9) }], 1050)]);
      const result = await declarationResolutions(own.db, {});
      expect(result.periods[0]!.resolutions.map((r) => [r.id, r.status, r.fields, r.files.map((f) => [f.status, f.rowsLoaded])])).toEqual([
        ['00739-2025', 'vigente', 1, [['reemplazado', 1], ['vigente', 1]]],
      ]);
      const points = (await declarationSeries(own.db, seriesCommand.input.parse({}))).points;
      expect(points.every((p) => p.value === 9)).toBe(true);
    } finally {
      await own.close();
    }
  });
});

describe('declaration commands through the dispatcher', () => {
  let app: Awaited<ReturnType<typeof openCaudalApp>>;
  afterEach(async () => app.close());

  it('answer on an empty database and validate their input', async () => {
    app = await openCaudalApp({ dbPath: ':memory:' });
    const client = createInProcessClient(app.dispatcher);
    const empty = await client.send('declaration.series');
    expect(empty).toMatchObject({ declarationPeriod: null, resolution: null, points: [], notes: ['No hay declaraciones de producción cargadas: actualice la fuente de MinEnergía o importe un soporte magnético.'] });
    expect(await client.send('declaration.resolutions')).toEqual({ periods: [] });
    const invalid = await client.sendResult('declaration.series', { resolution: 'la última' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'resolution' }] } });
    const badPeriod = await client.sendResult('declaration.series', { declarationPeriod: '2025 - 2034' });
    expect(badPeriod).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Declaración inválida') } });
  });
});
