import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { describeWithSamples } from '../../support/samples';
import { projectRoot, startServe, type RunningServe } from './caudal-cli';
import { chromiumAvailable, chromiumPath, openChromium, type Browser } from './chromium';
import { assertRendererBuilt } from './renderer-build';

/** Screenshots and timings the end-to-end tests leave for a person to look at. */
export const artifactsDir = path.join(projectRoot, 'test-artifacts');

const runningInCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (!chromiumAvailable && runningInCi) throw new Error(`Chromium no está instalado en ${chromiumPath}; en CI es obligatorio (.ci/run lo instala).`);

/** A describe block that needs Chromium and the real samples: skipped with the reason on a machine without either. */
export const describeInChromium = chromiumAvailable ? describeWithSamples : (name: string) => describe.skip(`${name} — omitido: falta ${chromiumPath}`, () => {});

export interface AppInChromiumOptions {
  /** Names the throwaway work folder and prefixes the screenshots: `dashboard` → `test-artifacts/dashboard-….png`. */
  name: string;
  /**
   * Fills the database before `caudal serve` opens it (without it the app starts on an empty one) and
   * may return the environment `caudal serve` runs with, e.g. local publishers' addresses. Whatever it
   * starts that the server needs is handed to `closeAfterServe`, which closes it once the server stopped.
   */
  prepare?: (dbPath: string, closeAfterServe: (close: () => Promise<void>) => void) => Promise<Readonly<Record<string, string>> | void>;
  /** A fixed window with animations off, so screenshots show the page settled; Chromium's 1280×900 otherwise. */
  viewport?: { width: number; height: number };
  /** Opens the launch address before the first test, trading its token for the session cookie (default). */
  signIn?: boolean;
  /** Each test starts from a first launch: no remembered filters, views, language or theme. */
  freshLaunchEachTest?: boolean;
}

export interface AppInChromium {
  /** `caudal serve` on the prepared database; `send` asks it directly, to compare with the screen. */
  readonly serve: RunningServe;
  readonly browser: Browser;
  /** Goes to `hash` and waits for the page `id` and then for each selector that shows it finished loading. */
  openPage(hash: string, id: string, ready: readonly string[]): Promise<void>;
  /** Photographs the page into `test-artifacts/<name>-<shot>.png`. */
  shot(shot: string, fullPage?: boolean): Promise<Buffer>;
  /** An attribute of the first element matching `selector`; '' when it has none. */
  attribute(selector: string, attribute: string): Promise<string>;
}

/**
 * The app as an analyst runs it, for one describe block: a database in a throwaway folder, `caudal serve`
 * over the built renderer and a fresh Chromium on it, all set up before the block's first test and
 * closed after its last. Call it inside the describe body; the block's own hooks run after these.
 */
export function serveAppInChromium(options: AppInChromiumOptions): AppInChromium {
  let workDir: string | undefined;
  let serve: RunningServe;
  let browser: Browser;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    assertRendererBuilt();
    workDir = mkdtempSync(path.join(tmpdir(), `caudal-e2e-${options.name}-`));
    const dbPath = path.join(workDir, 'caudal.db');
    const env = (await options.prepare?.(dbPath, (close) => closers.push(close))) ?? {};
    serve = await startServe(dbPath, env);
    browser = await openChromium();
    if (options.viewport) {
      await browser.page.setViewportSize(options.viewport);
      await browser.page.emulateMedia({ reducedMotion: 'reduce' });
    }
    if (options.signIn ?? true) await browser.page.goto(serve.launchUrl);
    mkdirSync(artifactsDir, { recursive: true });
  });

  if (options.freshLaunchEachTest) {
    beforeEach(async () => {
      // The reload matters: going to another `#/…` address keeps the running page (and its filters in memory).
      await browser.page.goto(`${serve.origin}/#/`);
      await browser.page.evaluate('window.localStorage.clear()');
      await browser.page.reload();
    });
  }

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    for (const close of closers.reverse()) await close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  return {
    get serve() {
      return serve;
    },
    get browser() {
      return browser;
    },
    async openPage(hash, id, ready) {
      await browser.page.goto(`${serve.origin}/${hash}`);
      await browser.page.waitForSelector(`[data-testid="page"][data-page="${id}"]`);
      for (const selector of ready) await browser.page.waitForSelector(selector, { timeout: 30_000 });
    },
    shot: (shot, fullPage = true) => browser.page.screenshot({ path: path.join(artifactsDir, `${options.name}-${shot}.png`), fullPage }),
    attribute: async (selector, attribute) => (await browser.page.getAttribute(selector, attribute)) ?? '',
  };
}
