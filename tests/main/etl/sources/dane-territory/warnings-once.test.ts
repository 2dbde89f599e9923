import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type ClosableHttpClient } from '../../../../../src-main/etl/http/undici-http-client';
import { importFiles } from '../../../../../src-main/etl/import/import-files';
import { runRefresh } from '../../../../../src-main/etl/refresh/run-refresh';
import { daneTerritorySource } from '../../../../../src-main/etl/sources/dane-territory';
import { startPublisherServer, type PublisherServer } from '../../../../support/publisher-server';
import { daneTerritoryPublisher } from '../../../../support/publishers/dane-territory';
import { installPublishers } from '../../../../support/publishers/environment';
import { divipolaCsv } from './divipola-fixture';
import { departmentsGeoJson, municipalitiesGeoJson, topology } from './geo-fixture';
import { openTempApp, type TempApp } from '../../../../support/temp-app';

/**
 * A file's warnings are the parse's plus the load's; a territory load used to hand the parse's back as
 * its own, so the analyst read "La lista trae solo 13 municipios…" twice for one file.
 */
const occurrences = (warnings: readonly string[], text: string) => warnings.filter((w) => w.includes(text)).length;

describe('DANE territory warnings are shown once per file', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
  });
  afterEach(async () => t.close());

  describe('in a refresh', () => {
    let server: PublisherServer;
    let http: ClosableHttpClient;
    beforeAll(async () => {
      server = await startPublisherServer();
      http = createHttpClient({ retry: { maxAttempts: 1 }, sleep: async () => undefined });
    });
    afterAll(async () => {
      await http?.close();
      await server?.close();
    });

    it('says once that a DIVIPOLA list of 13 municipalities looks filtered', async () => {
      const publisher = daneTerritoryPublisher({ divipolaCsv: () => new TextEncoder().encode(divipolaCsv()), departments: departmentsGeoJson, municipalities: municipalitiesGeoJson });
      const env = installPublishers(server, [publisher]);
      const summary = await runRefresh(t.app.database, [daneTerritorySource], { http, archiveDir: join(t.dir, 'archivo'), trigger: 'cli-refresh', env });
      const [divipola, ...boundaries] = summary.sources[0]!.files;
      expect(divipola).toMatchObject({ status: 'loaded', coverage: 'DIVIPOLA: 13 municipios de 7 departamentos' });
      const warnings = divipola!.status === 'loaded' ? divipola!.warnings : [];
      expect(occurrences(warnings, 'La lista trae solo 13 municipios')).toBe(1);
      expect(new Set(warnings).size).toBe(warnings.length);
      for (const file of boundaries) expect(file.status === 'loaded' && new Set(file.warnings).size === file.warnings.length).toBe(true);
    });
  });

  it('says once, on import, that a boundaries layer without DIVIPOLA codes was left out', () => {
    const withExtraLayer = topology() as { objects: Record<string, unknown> };
    withExtraLayer.objects['RIOS'] = { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]], properties: { NOMBRE: 'RÍO META' } }] };
    const path = join(t.dir, 'colombia.topojson');
    writeFileSync(path, JSON.stringify(withExtraLayer));
    const summary = importFiles(t.app.database, [path], { archiveDir: join(t.dir, 'archivo'), trigger: 'cli-import', sources: [daneTerritorySource] });
    const [file] = summary.files;
    expect(file?.status).toBe('loaded');
    const warnings = file?.status === 'loaded' ? file.warnings : [];
    expect(occurrences(warnings, 'La capa "RIOS" no tiene códigos DIVIPOLA')).toBe(1);
  });

});
