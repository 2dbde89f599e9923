import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCaudalApp } from '../../../src-main/app/caudal-app';
import { main } from '../../../src-main/cli/main';
import { captureIo } from '../../support/capture-io';
import { seedProduction } from '../../support/seed-production';

let dbPath: string;

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'caudal-cli-')), 'caudal.db');
  const app = await openCaudalApp({ dbPath });
  seedProduction(app.database.sqlite, [{ period: '2024-02', field: 'Chuchupa', operator: 'Hocol', department: '44', fiscalizada: 290 }]);
  await app.close();
});

describe('caudal query', () => {
  it('runs a contract command through the dispatcher and prints its JSON', async () => {
    const io = captureIo();
    const code = await main(['query', 'production.series', '{"from":"2024-01","to":"2024-12"}', '--db', dbPath], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      measure: 'fiscalizada',
      granularity: 'month',
      rateUnit: 'MPCD',
      volumeUnit: 'MPC',
      points: [{ period: '2024-02', volumeMpc: 290, rateMpcd: 10, volume: 290, rate: 10, days: 29, months: 1 }],
      heatingValues: null,
    });
  });

  it('takes the database from CAUDAL_DB when --db is absent', async () => {
    const io = captureIo();
    expect(await main(['query', 'catalog.dimensions'], io, { CAUDAL_DB: dbPath })).toBe(0);
    expect(JSON.parse(io.out()).fields).toEqual([{ key: 'CHUCHUPA', label: 'Chuchupa' }]);
  });

  it('answers a bad input with the typed error naming the field, and exit code 2', async () => {
    const io = captureIo();
    expect(await main(['query', 'production.series', '{"from":"enero"}', '--db', dbPath], io)).toBe(2);
    const error = JSON.parse(io.err());
    expect(error).toMatchObject({ code: 'validation', issues: [{ path: 'from' }] });
    const notJson = captureIo();
    expect(await main(['query', 'production.series', '{from:', '--db', dbPath], notJson)).toBe(2);
    expect(notJson.err()).toContain('no es JSON válido');
    const unknown = captureIo();
    expect(await main(['query', 'production.delete', '--db', dbPath], unknown)).toBe(2);
    expect(JSON.parse(unknown.err()).code).toBe('unknown-command');
  });

  it('lists the commands and rejects unknown commands and options with the usage', async () => {
    const list = captureIo();
    expect(await main(['query', '--list', '--db', dbPath], list)).toBe(0);
    expect(list.out()).toContain('production.breakdown');
    const unknownCommand = captureIo();
    expect(await main(['frobnicate'], unknownCommand)).toBe(2);
    expect(unknownCommand.err()).toContain('Comando desconocido');
    const unknownOption = captureIo();
    expect(await main(['query', '--colour'], unknownOption)).toBe(2);
    expect(unknownOption.err()).toContain('Uso:');
  });
});
