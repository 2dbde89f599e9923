import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/main';
import { captureIo } from '../../support/capture-io';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { anhIndexPath, anhProductionPublisher, estadisticasPage } from '../../support/publishers/anh-production';
import { installPublishers } from '../../support/publishers/environment';
import { describeWithSamples } from '../../support/samples';

/** `caudal refresh` as an analyst runs it, with the ANH URL pointed at a local copy of the ANH site. */
describeWithSamples('caudal refresh --source anh-production', () => {
  let server: PublisherServer;
  let env: Record<string, string>;
  let dataDir: string;
  let dbPath: string;
  const caudal = async (...args: string[]) => {
    const io = captureIo();
    const code = await main([...args, '--db', dbPath], io, env);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    server = await startPublisherServer();
    env = installPublishers(server, [anhProductionPublisher()]);
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-cli-refresh-'));
    dbPath = join(dataDir, 'caudal.sqlite');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads ANH, printing progress as plain lines and a summary', async () => {
    const { code, out, err } = await caudal('refresh', '--source', 'anh-production');
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Actualizando ANH producción fiscalizada de gas…');
    expect(lines).toContain('[ANH producción fiscalizada de gas] buscando archivos publicados…');
    expect(lines).toContain('[ANH producción fiscalizada de gas] 3 archivos publicados');
    expect(lines.some((l) => /^\[ANH producción fiscalizada de gas\] descargando Producción_Fiscalizada_Gas_2020_\w+\.xlsx \(1\/3\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^\[ANH producción fiscalizada de gas\] procesando Producción_Fiscalizada_Gas_2025_\w+\.xlsx \(3\/3\)$/.test(l))).toBe(true);
    expect(lines).toContain('[ANH producción fiscalizada de gas] guardando 3 archivos en la base de datos…');
    expect(lines.at(-2)).toMatch(/^✔ ANH producción fiscalizada de gas: 3 archivos nuevos \(2020, 2024, 2025\), [\d.]+ filas cargadas, [\d.]+ rechazadas$/);
    expect(lines.at(-1)).toBe('Resumen: 1 actualizada, 0 sin cambios, 0 con error (ejecución #1).');
  });

  it('says "sin cambios" on a second run and downloads no workbook', async () => {
    server.clearLog();
    const { code, out } = await caudal('refresh', '--source', 'anh-production');
    expect(code).toBe(0);
    expect(out).toContain('= ANH producción fiscalizada de gas: sin cambios\n');
    expect(out).toContain('Resumen: 0 actualizadas, 1 sin cambios, 0 con error (ejecución #2).');
    expect(server.requests().filter((r) => r.path.startsWith('/documents/')).every((r) => r.status === 304)).toBe(true);
  });

  it('exits 1 with the error and the date of the data it keeps when the page changed', async () => {
    server.fail(anhIndexPath, { kind: 'replace', file: { body: estadisticasPage('', ''), contentType: 'text/html' } });
    const { code, out } = await caudal('refresh', '--source', 'anh-production');
    server.heal();
    expect(code).toBe(1);
    expect(out).toMatch(
      /✘ ANH producción fiscalizada de gas: error: La página de la ANH cambió: no se encontraron enlaces de producción de gas\. Se conservan los datos cargados el \d{2}\/\d{2}\/\d{4} a las \d{2}:\d{2}\.$/m,
    );
    expect(out).toContain('Resumen: 0 actualizadas, 0 sin cambios, 1 con error (ejecución #3).');
  });

  it('answers etl.sources with the last attempt, the last success and what is loaded', async () => {
    const { code, out } = await caudal('query', 'etl.sources');
    expect(code).toBe(0);
    const anh = (JSON.parse(out) as { sources: Array<Record<string, unknown>> }).sources.find((s) => s['id'] === 'anh-production');
    expect(anh).toMatchObject({
      title: 'ANH producción fiscalizada de gas',
      lastAttempt: { runId: 3, status: 'failed', trigger: 'cli-refresh', errorCode: 'layout-changed' },
      lastSuccess: { runId: 2, status: 'unchanged' },
      files: 3,
      freshness: '2025-10',
    });
  });

  it('refuses an unknown source id', async () => {
    const { code, err } = await caudal('refresh', '--source', 'anh');
    expect(code).toBe(2);
    expect(err).toMatch(/^Fuente desconocida: anh\. Fuentes disponibles: anh-production, /);
  });
});
