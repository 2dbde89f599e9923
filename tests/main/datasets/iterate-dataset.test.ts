import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetQuery } from '../../../src-shared/contract/data';
import { datasetQuery } from '../../../src-shared/contract/data';
import { iterateDataset } from '../../../src-main/datasets/query/iterate-dataset';
import { openSeededApp, type SeededApp } from './dataset-fixture';

let seeded: SeededApp;
let reader: BetterSqlite3.Database;
beforeAll(async () => {
  seeded = await openSeededApp();
  reader = new BetterSqlite3(seeded.dbPath, { readonly: true });
});
afterAll(async () => {
  reader.close();
  await seeded.close();
});

const cases: Array<Record<string, unknown>> = [
  { dataset: 'production' },
  { dataset: 'production', unit: 'GBTUD', search: 'guajira', sort: [{ column: 'fiscalizada', direction: 'desc' }] },
  { dataset: 'production', columns: ['field', 'quemado'], filters: { departments: ['85'] } },
  { dataset: 'royalties', unit: 'm3' },
  { dataset: 'declaration', unit: 'KPCD' },
  { dataset: 'demand', filters: { scenarios: ['medio'] } },
];

describe('iterateDataset', () => {
  it.each(cases)('streams exactly the rows and values data.rows pages (%j)', async (request) => {
    const query: DatasetQuery = datasetQuery.parse(request);
    const stream = await iterateDataset(reader, query);
    const streamed = [...stream.rows()];
    const paged = await seeded.client.send('data.rows', { ...request, limit: 1000 } as never);
    expect(stream.total).toBe(paged.total);
    expect(streamed.map((r) => r.key)).toEqual(paged.rows.map((r) => r.key));
    expect(streamed.map((r) => r.values)).toEqual(paged.rows.map((r) => r.values));
    expect(stream.columns).toEqual(paged.columns);
    expect(streamed.every((r) => Number.isInteger(r.fileId) && r.fileId > 0)).toBe(true);
  });

  it('releases the connection when the reader stops early', async () => {
    const stream = await iterateDataset(reader, datasetQuery.parse({ dataset: 'production' }));
    for (const row of stream.rows()) {
      expect(row.key).toBeTruthy();
      break;
    }
    // With an iterator left open, better-sqlite3 would refuse any other statement on the connection.
    expect(reader.prepare('SELECT count(*) AS n FROM production_monthly').get()).toEqual({ n: 7 });
  });
});
