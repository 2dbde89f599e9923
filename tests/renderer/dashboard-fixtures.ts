import type { CommandInput, CommandOutput } from '../../src-shared/contract';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import { ok, type FakeHandler } from './fake-bridge';

/**
 * Small hand-written answers of every command the dashboard calls, consistent with each other
 * (departments of the catalog appear in the breakdowns, the series cover the catalog's last months).
 */
export const emptyCatalog: CommandOutput<'catalog.dimensions'> = {
  departments: [],
  municipalities: [],
  operators: [],
  fields: [],
  contracts: [],
  periods: { first: null, last: null },
  periodsBySource: {
    production: { first: null, last: null },
    royalties: { first: null, last: null },
    declaration: { first: null, last: null },
    demand: { first: null, last: null },
  },
};

export const catalog: CommandOutput<'catalog.dimensions'> = {
  ...emptyCatalog,
  departments: [
    { key: '85', label: 'Casanare' },
    { key: '44', label: 'La Guajira' },
    { key: '23', label: 'Córdoba' },
  ],
  municipalities: [
    { key: '85010', label: 'Aguazul', departmentCode: '85' },
    { key: '44430', label: 'Maicao', departmentCode: '44' },
  ],
  operators: [{ key: 'ECOPETROL S.A.', label: 'ECOPETROL S.A.' }],
  fields: [
    { key: 'CUSIANA', label: 'CUSIANA' },
    { key: 'CHUCHUPA', label: 'CHUCHUPA' },
  ],
  contracts: [{ key: 'SANTIAGO DE LAS ATALAYAS', label: 'SANTIAGO DE LAS ATALAYAS' }],
  periods: { first: '2020-01', last: '2025-10' },
  periodsBySource: {
    production: { first: '2020-01', last: '2025-10' },
    // The same months as production, so pages over either read alike; projections are added where a test needs them.
    royalties: { first: '2020-01', last: '2025-10' },
    declaration: { first: null, last: null },
    demand: { first: null, last: null },
  },
};

/** A month of production: volume in MPC, rate over the month's days; units as asked (MPC/MPCD here). */
export function productionPoint(period: string, volumeMpc: number, days: number): ProductionSeriesPoint {
  return { period, volumeMpc, rateMpcd: volumeMpc / days, volume: volumeMpc, rate: volumeMpc / days, days, months: 1 };
}

export const series: CommandOutput<'production.series'> = {
  measure: 'fiscalizada',
  granularity: 'month',
  rateUnit: 'MPCD',
  volumeUnit: 'MPC',
  heatingValues: null,
  points: [productionPoint('2025-08', 24_211.37, 31), productionPoint('2025-09', 22_950.1, 30), productionPoint('2025-10', 23_480.64, 31)],
};

export const breakdown: CommandOutput<'production.breakdown'> = {
  by: 'department',
  measure: 'fiscalizada',
  from: '2025-08',
  to: '2025-10',
  days: 92,
  items: [
    { key: '85', label: 'Casanare', volumeMpc: 40_000, rateMpcd: 40_000 / 92, volume: 40_000, rate: 40_000 / 92, share: 40_000 / 70_642.11 },
    { key: '23', label: 'Córdoba', volumeMpc: 20_000, rateMpcd: 20_000 / 92, volume: 20_000, rate: 20_000 / 92, share: 20_000 / 70_642.11 },
  ],
  rest: { count: 1, volumeMpc: 10_642.11, rateMpcd: 10_642.11 / 92, volume: 10_642.11, rate: 10_642.11 / 92 },
  totalVolumeMpc: 70_642.11,
  totalRateMpcd: 70_642.11 / 92,
  rateUnit: 'MPCD',
  volumeUnit: 'MPC',
  totalVolume: 70_642.11,
  totalRate: 70_642.11 / 92,
  heatingValues: null,
};

export const royalties: CommandOutput<'royalties.series'> = {
  granularity: 'month',
  volumeUnit: 'KPC',
  points: [
    { period: '2024-01', royaltiesCop: 1_000_000, royaltiesUsd: 250, rowsWithoutTrm: 0, taxableVolume: 100, royaltyVolume: 8, rows: 2, months: 1 },
    { period: '2024-02', royaltiesCop: 1_500_000, royaltiesUsd: 375, rowsWithoutTrm: 0, taxableVolume: 150, royaltyVolume: 12, rows: 2, months: 1 },
    { period: '2025-01', royaltiesCop: 1_200_000, royaltiesUsd: 300, rowsWithoutTrm: 0, taxableVolume: 120, royaltyVolume: 9, rows: 2, months: 1 },
  ],
};

export function demandForYear(year: number): CommandOutput<'demand.series'> {
  return {
    edition: '2024',
    sector: 'total',
    area: 'national',
    granularity: 'year',
    unit: 'GBTUD',
    projectionStart: '2024-10',
    points: [{ period: String(year), scenario: 'medio', history: false, gbtud: 1100.5163, months: 12, historyMonths: 0 }],
  };
}

export function balanceAnswer(input: CommandInput<'balance.series'>): CommandOutput<'balance.series'> {
  const yearly = input?.granularity === 'year';
  const year = input?.from?.slice(0, 4) ?? '2027';
  return {
    unit: 'GBTUD',
    granularity: yearly ? 'year' : 'month',
    declarationPeriod: '2025-2034',
    resolution: '01281-2025',
    edition: '2024',
    scenarios: ['medio'],
    points: yearly
      ? [{ period: year, supplyGbtud: 900, demandGbtud: { bajo: null, medio: 1100, alto: null }, gapGbtud: { bajo: null, medio: -200, alto: null } }]
      : [],
    firstDeficit: { bajo: null, medio: '2026-03', alto: null },
    notes: [],
  };
}

export const sourceHealth: CommandOutput<'etl.sources'> = {
  sources: [
    {
      id: 'anh-production',
      title: 'ANH producción fiscalizada de gas',
      publisher: 'Agencia Nacional de Hidrocarburos (ANH)',
      officialUrl: 'https://www.anh.gov.co/es/estad%C3%ADsticas/',
      lastAttempt: { runId: 2, trigger: 'button', startedAt: '2025-11-20T13:00:00.000Z', finishedAt: '2025-11-20T13:01:00.000Z', status: 'failed', error: 'La ANH respondió HTTP 500', errorCode: 'http', filesLoaded: 0, rowsLoaded: 0 },
      lastSuccess: { runId: 1, trigger: 'cli-import', startedAt: '2025-11-19T13:00:00.000Z', finishedAt: '2025-11-19T13:02:00.000Z', status: 'updated', error: null, errorCode: null, filesLoaded: 3, rowsLoaded: 9034 },
      files: 1,
      rows: 9034,
      rejects: 2,
      freshness: '2025-10',
      lastLoadedAt: '2025-11-19T13:02:00.000Z',
    },
    {
      id: 'upme-demand',
      title: 'UPME proyección de demanda de gas natural',
      publisher: 'Unidad de Planeación Minero-Energética (UPME)',
      officialUrl: null,
      lastAttempt: null,
      lastSuccess: null,
      files: 0,
      rows: 0,
      rejects: 0,
      freshness: null,
      lastLoadedAt: null,
    },
  ],
};

export const anhFiles: CommandOutput<'sources.files'> = {
  files: [
    {
      id: 7,
      sourceId: 'anh-production',
      fileName: 'Producción_Fiscalizada_Gas_2024.xlsx',
      sha256: 'a'.repeat(64),
      sizeBytes: 362_510,
      importedAt: '2025-11-19T13:02:00.000Z',
      url: 'https://www.anh.gov.co/documents/1/Produccion_Fiscalizada_Gas_2024.xlsx',
      coverage: '2024',
      status: 'active',
      rowsLoaded: 3079,
      rowsRejected: 2,
      reconciliations: [
        { sheet: 'enero-24', period: '2024-01', kind: 'monthly-total', dataRows: 291, dataTotalMpc: 63_108.32, fileTotalMpc: 63_108.32, differenceMpc: 0, status: 'reconciled', cause: null },
        { sheet: 'agosto-24', period: '2024-08', kind: 'monthly-total', dataRows: 280, dataTotalMpc: 60_000, fileTotalMpc: 59_996.35, differenceMpc: 3.65, status: 'not-reconciled', cause: 'la fórmula TOTAL omite las filas 8–11: 3,65 MPC' },
      ],
    },
  ],
};

export function rejects(input: CommandInput<'etl.rejects'>): CommandOutput<'etl.rejects'> {
  const all = Array.from({ length: 30 }, (_, index) => ({
    id: index + 1,
    sourceId: 'anh-production' as const,
    fileId: 7,
    fileName: 'Producción_Fiscalizada_Gas_2024.xlsx',
    sheet: 'enero-24',
    row: 10 + index,
    reasonCode: 'missing-month',
    reason: `La fila ${10 + index} no tiene mes`,
    raw: { CAMPO: `CAMPO ${index + 1}`, MES: null },
  }));
  const selected = input?.sourceId && input.sourceId !== 'anh-production' ? [] : all;
  const offset = input?.offset ?? 0;
  const limit = input?.limit ?? 200;
  return { total: selected.length, rows: selected.slice(offset, offset + limit) };
}

/** Every command the shell and the built pages call, answered from the fixtures above. */
export function dashboardHandlers(overrides: Record<string, FakeHandler> = {}): Record<string, FakeHandler> {
  return {
    'catalog.dimensions': () => ok(catalog),
    'production.series': () => ok(series),
    'production.breakdown': () => ok(breakdown),
    'royalties.series': () => ok(royalties),
    'demand.series': (input) => ok(demandForYear(Number((input as { from?: string }).from?.slice(0, 4) ?? 2027))),
    'balance.series': (input) => ok(balanceAnswer(input as CommandInput<'balance.series'>)),
    'etl.sources': () => ok(sourceHealth),
    'sources.files': () => ok(anhFiles),
    'etl.rejects': (input) => ok(rejects(input as CommandInput<'etl.rejects'>)),
    ...overrides,
  };
}
