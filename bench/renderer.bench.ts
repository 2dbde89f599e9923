/**
 * The renderer in headless Chromium (Debian's, as the e2e tests), served by `caudal serve` over a
 * database holding the real samples (ANH 2020/2024/2025, UPME 2024, DIVIPOLA): time from navigation
 * to the first chart drawn with data (the production page) and to the first figure of the landing
 * page, each in a fresh browser profile (nothing cached); and the JavaScript the page loads, raw and
 * gzipped (target: under 1 MB gzipped). Then, on a database with all five sources (boundaries
 * included), the longest main-thread task while drawing the heaviest views after a click: the stacked
 * production chart and the department and municipal maps (target: 200 ms, a frame the eye notices).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openCaudalApp } from '../src-main/app/caudal-app';
import { importFiles } from '../src-main/etl/import/import-files';
import { loadAllSources } from '../tests/e2e/support/all-sources-db';
import { chromiumAvailable, openChromium } from '../tests/e2e/support/chromium';
import { projectRoot, startServe } from '../tests/e2e/support/caudal-cli';
import { samplesDir } from '../tests/support/samples';
import { defineBench, type BenchResult } from './support/bench-types';
import { longestTaskWhileDrawing, type DrawnView } from './support/longest-task';
import { formatBench, summarize } from './support/stats';

const GZIP_TARGET = 1024 * 1024;
/** A chart whose data arrived: the pages mark their chart containers `data-loading="false"`. */
const CHART_WITH_DATA = '[data-testid$="chart"][data-loading="false"] canvas';
const LANDING_FIGURE = '[data-testid="kpi-value"]';
const LONG_TASK_TARGET_MS = 200;
const MAP_DRAWN = '[data-testid="map"][data-loading="false"] [data-testid="map-canvas"][data-anchors]';

/** The heaviest drawings of the dashboard, as an analyst reaches them. */
const heavyViews: readonly DrawnView[] = [
  { name: 'Producción apilada por campo (5 mayores + otros)', hash: '#/produccion?apilar=campo', ready: '[data-testid="production-chart"][data-loading="false"][data-groups*=","] canvas' },
  { name: 'Mapa de departamentos', hash: '#/mapa', ready: MAP_DRAWN },
  { name: 'Mapa de 1.122 municipios, regalías', hash: '#/mapa?nivel=municipio&medida=regalias-cop', ready: MAP_DRAWN },
];

/** Longest task per view over `runs` fresh browsers, on a database with every source and the boundaries. */
async function longTasks(dir: string, runs: number): Promise<BenchResult[]> {
  const dbPath = path.join(dir, 'todas-las-fuentes.db');
  await loadAllSources(dbPath);
  const serve = await startServe(dbPath);
  try {
    const results: BenchResult[] = [];
    for (const view of heavyViews) {
      const longest: number[] = [];
      for (let i = 0; i < runs; i++) longest.push(await longestTaskWhileDrawing(serve.launchUrl, view));
      const stats = summarize(longest);
      console.log(`  ${view.name}: ${longest.map((ms) => formatBench.ms(ms)).join(', ')} ms`);
      results.push({
        group: 'renderer',
        name: `tarea más larga al dibujar: ${view.name}`,
        ...stats,
        target: `p95 ≤ ${LONG_TASK_TARGET_MS} ms`,
        pass: stats.p95Ms <= LONG_TASK_TARGET_MS,
        note: `${runs} navegadores nuevos; se mide desde el clic (cambio de dirección), sin el arranque de la página`,
      });
    }
    return results;
  } finally {
    await serve.stop();
  }
}

/** Milliseconds from the start of navigation until `selector` first matches, measured in the page. */
async function timeToSelector(url: string, selector: string): Promise<{ ms: number; scripts: Map<string, Buffer> }> {
  const browser = await openChromium();
  try {
    const scripts = new Map<string, Buffer>();
    browser.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.body().then((body) => scripts.set(response.url(), body), () => undefined);
    });
    // Runs in the page before its own scripts (written as text: this file is type-checked without the DOM).
    await browser.page.addInitScript({
      content: `new MutationObserver(() => {
        if (window.__firstMatch === undefined && document.querySelector(${JSON.stringify(selector)})) window.__firstMatch = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true });`,
    });
    await browser.page.goto(url);
    await browser.page.waitForSelector(selector, { timeout: 60_000 });
    const ms = (await browser.page.evaluate('window.__firstMatch ?? performance.now()')) as number;
    await browser.page.waitForLoadState('networkidle');
    return { ms, scripts };
  } finally {
    await browser.close();
  }
}

export default defineBench({
  title: 'Renderer en Chromium',
  async run({ quick }) {
    const group = 'renderer';
    if (!chromiumAvailable) return [{ group, name: 'omitido', note: 'falta /usr/bin/chromium' }];
    console.log('Construyendo el renderer (vite build)…');
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });

    const dir = mkdtempSync(path.join(tmpdir(), 'caudal-bench-renderer-'));
    const dbPath = path.join(dir, 'caudal.db');
    const inputs = ['anh', path.join('upme', '2024'), 'divipola'].map((p) => path.join(samplesDir, p)).filter((p) => existsSync(p));
    const app = await openCaudalApp({ dbPath });
    const imported = importFiles(app.database, inputs, { archiveDir: path.join(dir, 'archivo'), trigger: 'cli-import' });
    await app.close();
    const rows = imported.files.reduce((sum, f) => sum + (f.status === 'loaded' ? f.rowsLoaded : 0), 0);
    console.log(`Base con las muestras reales: ${formatBench.count(rows)} filas`);

    const serve = await startServe(dbPath);
    try {
      const runs = quick ? 2 : 5;
      const chart: number[] = [];
      const landing: number[] = [];
      let scripts = new Map<string, Buffer>();
      for (let i = 0; i < runs; i++) {
        const production = await timeToSelector(`${serve.launchUrl}#/produccion`, CHART_WITH_DATA);
        chart.push(production.ms);
        scripts = production.scripts;
        landing.push((await timeToSelector(serve.launchUrl, LANDING_FIGURE)).ms);
        console.log(`  vuelta ${i + 1}: gráfico ${formatBench.ms(production.ms)} ms, resumen ${formatBench.ms(landing.at(-1)!)} ms`);
      }
      const raw = [...scripts.values()].reduce((sum, body) => sum + body.length, 0);
      const gzipped = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
      const built = readdirSync(path.join(projectRoot, 'dist-renderer', 'assets')).filter((f) => f.endsWith('.js')).length;
      const chartStats = summarize(chart);
      const landingStats = summarize(landing);
      const results: BenchResult[] = [
        { group, name: 'navegación → primer gráfico con datos (Producción)', ...chartStats, note: `${runs} cargas, cada una con un perfil nuevo (sin caché); ${formatBench.count(rows)} filas reales` },
        { group, name: 'navegación → primera cifra del Resumen', ...landingStats },
        {
          group,
          name: 'JavaScript que carga la página',
          value: `${formatBench.kilobytes(gzipped)} gzip (${formatBench.kilobytes(raw)} sin comprimir)`,
          target: '< 1 MB gzip',
          pass: gzipped < GZIP_TARGET && gzipped > 0,
          note: `${scripts.size} archivos cargados de ${built} en dist-renderer/assets; gzip nivel 9 calculado aquí (el puente sirve sin comprimir)`,
        },
      ];
      await serve.stop();
      console.log('Tareas largas al dibujar, sobre una base con las cinco fuentes y los límites…');
      return [...results, ...(await longTasks(dir, runs))];
    } finally {
      await serve.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
