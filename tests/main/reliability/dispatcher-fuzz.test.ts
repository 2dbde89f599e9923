import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, errorCodes, type CommandName } from '../../../src-shared/contract';
import { createDispatcher, type Dispatcher } from '../../../src-main/app/dispatcher';
import { createEventBus } from '../../../src-main/app/event-bus';
import { handlers } from '../../../src-main/handlers';
import { loadDivipolaFixture, loadRoyaltyFixture } from '../db/queries/royalties-queries';
import { openTempApp, type TempApp } from '../../support/temp-app';
import { loadSoporte } from '../etl/sources/mme-declaration/fixtures/declaration-db';
import { demoSoporteSheets } from '../../support/publishers/mme-declaration';
import { importUpme } from '../etl/sources/upme-demand/fixtures/load-fixture';
import { edition2024Zip } from '../etl/sources/upme-demand/fixtures/layout-2024';
import { seedProduction } from '../../support/seed-production';
import { boundaryNumbers, deeplyNested, hugeStrings, mutate, pollutingObject, randomValue, seededRandom } from './fuzz/random-inputs';

/**
 * Thousands of random and malformed inputs for every command of the contract, through the dispatcher
 * every transport uses, on a database holding a little of every source. Whatever comes in: the
 * dispatcher answers (never throws, never hangs), an `ok` answer passes the command's output schema,
 * a failure is one of the contract's error codes other than `internal`, in Spanish, with no SQL, stack
 * or path of ours in it, and nothing pollutes Object.prototype. The generator is seeded
 * (CAUDAL_FUZZ_SEED): a failure names the seed, command and input that reproduce it.
 */
const SEED = Number(process.env['CAUDAL_FUZZ_SEED'] ?? 20251130);
const RANDOM_PER_COMMAND = 70;
const MUTATIONS_PER_EXAMPLE = 45;

/** A valid input per command (or several), mutated by the fuzzer. New commands get random inputs until listed here. */
function validExamples(exportDir: string): Partial<Record<CommandName, readonly unknown[]>> {
  const range = { from: '2024-01', to: '2024-03' };
  return {
    'production.series': [{}, { ...range, granularity: 'year', departments: ['85'], measure: 'quemado' }, { fields: ['CUSIANA'], rateUnit: 'GBTUD' }],
    'production.breakdown': [{ ...range, by: 'department', top: 5 }, { by: 'field', operators: ['ECOPETROL'], measure: 'fiscalizada' }],
    'royalties.series': [{ granularity: 'month' }, { departments: ['85'], volumeUnit: 'MPC', regimes: ['Ley 756 de 2002'] }],
    'royalties.breakdown': [{ by: 'municipality', top: 10 }, { by: 'regime', measure: 'royaltiesUsd' }],
    'declaration.series': [{}, { splitBy: 'operator', unit: 'MPCD', productionTypes: ['PTDV', 'PP'] }],
    'declaration.resolutions': [{}],
    'demand.series': [{}, { regions: ['centro'], granularity: 'year' }, { sector: 'industrial', scenarios: ['medio'] }],
    'balance.series': [{}, { granularity: 'year', scenarios: ['alto'] }],
    'demand.editions': [{}],
    'demand.dimensions': [{}],
    'map.boundaries': [{ level: 'department' }],
    'map.values': [{ level: 'municipality', measure: 'royaltiesCop' }, { level: 'department', ...range }],
    'catalog.dimensions': [{}],
    'sources.files': [{ includeSuperseded: true }],
    'etl.rejects': [{ limit: 10 }],
    'etl.sources': [{}],
    'data.rows': [
      { dataset: 'production', limit: 20, sort: [{ column: 'period', direction: 'desc' }], search: 'cusiana' },
      { dataset: 'royalties', filters: { departments: ['85'] } },
      { dataset: 'demand', filters: { scenarios: ['medio'] } },
    ],
    'data.datasets': [{}],
    'data.lineage': [{ dataset: 'production', key: '1' }],
    // Always inside a folder of the test's own: a mutated path must never write anywhere else.
    'exports.create': [{ dataset: 'production', format: 'csv', targetPath: join(exportDir, 'produccion.csv') }],
    'exports.cancel': [{ exportId: 'fuzz-1' }],
    'refresh.start': [{}],
    'refresh.cancel': [{ runId: 1 }],
    'refresh.status': [{}],
    'refresh.runs': [{ limit: 5 }],
    'import.files': [{ paths: [join(exportDir, 'no-existe.xlsx')] }],
    'settings.get': [{}],
    'settings.update': [{ ui: { 'vista.guardada': { filtros: ['85'] } } }],
  };
}

/** Object keys the fuzzer likes to use: every field name of every input, so random objects get past the first checks. */
function knownKeys(examples: Partial<Record<CommandName, readonly unknown[]>>): string[] {
  const keys = new Set<string>(['from', 'to', 'departments', 'fields', 'level', 'by', 'dataset', 'filters', 'targetPath', 'format', 'limit', 'offset']);
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        keys.add(key);
        visit(item);
      }
    }
  };
  Object.values(examples).forEach(visit);
  return [...keys];
}

/** What a client must never see in an error message. */
const LEAKS = /SQLITE|sqlite3?|syntax error|no such (table|column)|constraint failed|at .+\.(ts|js):\d+|node_modules|src-main|TypeError|ReferenceError|RangeError|undefined is not|Cannot read prop/;

/** Confines a mutated export path to the test's folder (anything else would write wherever it names). */
function confineExport(input: unknown, exportDir: string, n: number): unknown {
  if (input && typeof input === 'object' && !Array.isArray(input) && typeof (input as { targetPath?: unknown }).targetPath === 'string') {
    const path = (input as { targetPath: string }).targetPath;
    // Keep the invalid lengths the schema must refuse; anything it could accept goes into our folder.
    if (path.length > 0 && path.length <= 4096) return { ...input, targetPath: join(exportDir, `salida-${n}.csv`) };
  }
  return input;
}

describe('dispatcher fuzz: every command, thousands of hostile inputs', () => {
  let t: TempApp;
  let dispatcher: Dispatcher;
  let exportDir: string;
  const internalLog: Array<{ name: string; error: unknown }> = [];
  /** Error messages that repeat a huge input back (a known issue, asserted apart below). */
  const overlong: string[] = [];
  /** Deeply nested settings that made the dispatcher throw or fail internally (a known issue, asserted apart below). */
  const deepSettings: string[] = [];

  beforeAll(async () => {
    t = await openTempApp();
    exportDir = mkdtempSync(join(tmpdir(), 'caudal-fuzz-export-'));
    const sqlite = t.app.database.sqlite;
    seedProduction(sqlite, [
      { period: '2024-01', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago', fiscalizada: 310, quemado: 3 },
      { period: '2024-02', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', fiscalizada: 620 },
      { period: '2024-03', field: 'Sin Depto', operator: 'Hocol', department: null, fiscalizada: 31 },
    ]);
    loadDivipolaFixture(t);
    loadRoyaltyFixture(t);
    await loadSoporte(sqlite, 'Resolución 00739 del 28 de mayo de 2025.xlsm', demoSoporteSheets(10));
    importUpme(t.app.database, 'anexo-2024.zip', await edition2024Zip());
    // No refresh service: refresh and import commands must refuse cleanly rather than reach the network or the disk.
    dispatcher = createDispatcher(handlers, { db: t.app.database.db, events: createEventBus() }, (name, error) => internalLog.push({ name, error }));
  });
  afterAll(async () => {
    await t?.close();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
  });

  it('answers every input with a valid output or a typed error, and nothing leaks', async () => {
    const random = seededRandom(SEED);
    const examples = validExamples(exportDir);
    const keys = knownKeys(examples);
    const names = Object.keys(commands) as CommandName[];
    const stats = { sent: 0, ok: 0, refused: new Map<string, number>() };
    let n = 0;

    for (const name of names) {
      const inputs: unknown[] = [undefined, null, {}, [], '', 0, ...boundaryNumbers.slice(0, 6)];
      for (let i = 0; i < RANDOM_PER_COMMAND; i++) inputs.push(randomValue(random, 0, keys));
      // Hostile shapes every command gets at least once.
      inputs.push(deeplyNested(5_000, 'array'), deeplyNested(5_000, 'object'), pollutingObject(random, 0, keys), { [hugeStrings[2]!]: 1 }, hugeStrings[2]);
      for (const example of examples[name] ?? []) {
        inputs.push(example, { ...(example as object), [hugeStrings[0]!]: true });
        for (let i = 0; i < MUTATIONS_PER_EXAMPLE; i++) inputs.push(mutate(random, example, keys));
      }
      const started = performance.now();
      for (const raw of inputs) {
        const input = name === 'exports.create' ? confineExport(raw, exportDir, ++n) : raw;
        const where = () => `semilla ${SEED}, ${name}, entrada ${describeInput(input)}`;
        let reply;
        try {
          reply = await dispatcher.dispatch(name, input);
        } catch (error) {
          // Known: a deeply nested JSON value overflows zod's recursive z.json() (settings.update's `ui`).
          if (error instanceof RangeError && name === 'settings.update') {
            deepSettings.push(where().slice(0, 200));
            continue;
          }
          throw new Error(`el despachador lanzó una excepción (${where()}): ${String(error)}`);
        }
        stats.sent += 1;
        if (reply.ok) {
          stats.ok += 1;
          const parsed = commands[name].output.safeParse(reply.data);
          if (!parsed.success) throw new Error(`salida que no cumple el contrato (${where()}): ${parsed.error.message.slice(0, 500)}`);
        } else {
          // Messages are built only on failure: `where()` serializes inputs that can be megabytes long.
          const { code, message } = reply.error;
          if (!errorCodes.includes(code)) throw new Error(`código de error desconocido ${String(code)} (${where()})`);
          if (code === 'internal') {
            // Known: a `ui` value nested deeper than SQLite's JSON limit (1,000) passes the schema and then
            // fails the settings table's json_valid() check.
            if (name === 'settings.update' && depthOf(input) > 900) {
              deepSettings.push(where().slice(0, 200));
              internalLog.pop();
              continue;
            }
            throw new Error(`error interno (${where()}): ${String(internalLog.at(-1)?.error)}`);
          }
          if (LEAKS.test(message)) throw new Error(`mensaje impropio «${message.slice(0, 300)}» (${where()})`);
          if (message.length >= 5_000) overlong.push(`${name}: ${message.length} caracteres`);
          stats.refused.set(reply.error.code, (stats.refused.get(reply.error.code) ?? 0) + 1);
        }
      }
      if (process.env['CAUDAL_FUZZ_TIMING']) console.info(`[fuzz] ${name}: ${(performance.now() - started).toFixed(0)} ms`);
    }
    // Unknown command names are refused by name, however odd the name.
    for (const name of ['', 'production', '__proto__', 'constructor', 'toString', 'production.series ', 'x'.repeat(10_000)]) {
      const reply = await dispatcher.dispatch(name, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
      expect(!reply.ok && reply.error.message.length).toBeLessThan(200);
    }
    expect(internalLog).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The fuzzer reached the handlers, not only the schemas.
    expect(stats.sent).toBeGreaterThan(3_000);
    expect(stats.ok).toBeGreaterThan(names.length * 5);
    console.info(`[fuzz] semilla ${SEED}: ${stats.sent} solicitudes, ${stats.ok} respondidas, rechazos ${JSON.stringify(Object.fromEntries(stats.refused))}`);
  }, 180_000);

  it('answers a deeply nested settings value with a validation error', () => {
    expect(deepSettings).toEqual([]);
  });

  it('keeps error messages short whatever the input', () => {
    expect(overlong).toEqual([]);
  });
});

/** How deep arrays and objects nest in a value (iteratively: the values tested nest thousands deep). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    return text === undefined ? String(input) : text.length > 300 ? `${text.slice(0, 300)}… (${text.length} caracteres)` : text;
  } catch {
    return Object.prototype.toString.call(input);
  }
}
