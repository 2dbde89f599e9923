import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src-main/app/dispatcher';
import { createEventBus } from '../../../src-main/app/event-bus';
import { startHttpBridge, type HttpBridge } from '../../../src-main/transports/http-bridge';
import { completeHandlers } from '../../support/fake-handlers';

/**
 * Issue 7's security requirements, each pointing at the tests that prove it. Most proofs live next to
 * the code they test; this index keeps them from disappearing quietly (each referenced test must still
 * exist, under its name) and adds what was missing: a connection to the bridge through another of the
 * machine's addresses, which must be refused.
 */
interface Requirement {
  readonly requirement: string;
  /** Test file (from tests/main/) → test titles that prove the requirement. */
  readonly proofs: Readonly<Record<string, readonly string[]>>;
}

export const securityRequirements: readonly Requirement[] = [
  {
    requirement: 'Electron: contextIsolation, sandbox, sin nodeIntegration, sin webview ni contenido inseguro',
    proofs: { 'electron/window.test.ts': ['isolates and sandboxes the renderer, without Node, webviews or insecure content'] },
  },
  {
    requirement: 'Electron: el preload expone solo invoke y on, nunca ipcRenderer ni el evento IPC',
    proofs: {
      'electron/preload.test.ts': ['exposes window.caudal once, with exactly invoke and on', 'on delivers only the payload of the requested event, never the IPC event object'],
    },
  },
  {
    requirement: 'Electron: CSP estricta en cada respuesta, en la página construida y en el puente',
    proofs: {
      'electron/content-security-policy.test.ts': ['never allows eval or remote origins', 'replaces a policy sent by the server, whatever the header case, including report-only'],
      'electron/session-hardening.test.ts': ['puts the policy on every response'],
      'security/renderer-page.test.ts': ['gets the policy as the first thing after the charset when built', 'ships a built page with the policy and only its own scripts'],
    },
  },
  {
    requirement: 'Electron: IPC solo desde la página de Caudal (comprobación del remitente)',
    proofs: {
      'electron/ipc.test.ts': ['answers an error result, without dispatching, to a frame that is not the app', 'treats a sender frame that is gone (navigated or destroyed) as untrusted'],
    },
  },
  {
    requirement: 'Electron: navegación, redirecciones, window.open y webview bloqueados en todo webContents',
    proofs: {
      'electron/navigation-guard.test.ts': ['blocks navigation anywhere else', 'blocks server redirects away from the app', 'denies every window.open, handing official links to the confirmation flow', 'refuses to attach a webview'],
      'electron/main.test.ts': ['guards every web contents the app creates'],
    },
  },
  {
    requirement: 'Electron: enlaces externos solo a los dominios oficiales, con shell.openExternal y tras confirmación',
    proofs: {
      'electron/external-links.test.ts': ['refuses look-alike hosts', 'opens the page only after the analyst accepts', 'refuses any other link without even asking', 'never opens a non-official link'],
    },
  },
  {
    requirement: 'Electron: permisos del navegador denegados salvo escribir al portapapeles; fusibles de Electron apagados',
    proofs: {
      'electron/session-hardening.test.ts': ['refuses every permission request from the app except writing to the clipboard', 'grants nothing to a page that is not the app, nor to a destroyed or missing one'],
      'packaging/electron-builder-config.test.ts': ['turns off the Electron fuses that would let others run the executable as Node'],
      'electron/renderer-location.test.ts': ['ignores CAUDAL_DEV_SERVER_URL in an installed app, so the environment cannot redirect the window'],
    },
  },
  {
    requirement: 'Puente HTTP: solo loopback',
    proofs: {
      'transports/http-bridge/access.test.ts': ['listens on 127.0.0.1 only, on a random port, with a fresh 32-byte token', 'refuses any host other than 127.0.0.1 before listening'],
      'security/security-index.test.ts': ['refuses a connection to the bridge through any other address of this machine'],
    },
  },
  {
    requirement: 'Puente HTTP: token obligatorio',
    proofs: {
      'transports/http-bridge/access.test.ts': [
        'answers 401 in Spanish without a token, as JSON for the API and as a page for the browser',
        'answers 401 to a wrong token, including one that differs only in length or case',
        'refuses a wrong ?token= without setting a cookie, and never takes the token from the query on the API',
      ],
    },
  },
  {
    requirement: 'Puente HTTP: rechaza otros orígenes (y DNS rebinding)',
    proofs: {
      'transports/http-bridge/access.test.ts': [
        'refuses a request from another origin with 403, even with the right token',
        'refuses cross-site and same-site fetch metadata (another port on 127.0.0.1 shares the cookie)',
        'refuses a Host header that is not this server (DNS rebinding) before looking at the token',
      ],
    },
  },
  {
    requirement: 'Archivos importados: tamaño limitado antes de leerlos (bombas zip, hojas enormes, archivos enormes)',
    proofs: {
      'security/import-limits.test.ts': [
        'refuses a zip bomb dressed as a workbook (128 MB of zeros in a 130 kB file) without inflating it',
        'refuses a workbook with a huge sheet (300,000 rows) before reading its cells',
        'refuses an annex zip whose workbook entry is a bomb',
      ],
      'etl/xlsx/read-workbook-errors.test.ts': ['refuses a zip bomb announcing gigabytes, without allocating them', 'refuses an entry declaring an impossible compression ratio'],
    },
  },
  {
    requirement: 'Archivos importados: las rutas nunca salen del contenido',
    proofs: {
      'security/file-paths.test.ts': ['imports an annex whose entry names climb out of the folder without writing outside the archive', 'names archive copies by content only, whatever the original name says'],
      'transports/http-bridge/static-files.test.ts': ['refuses every spelling of a climb out of the folder'],
    },
  },
  {
    requirement: 'Nada de una fuente se ejecuta ni se muestra como HTML',
    proofs: {
      'security/source-text-is-data.test.ts': [
        'answers names from the files verbatim, as JSON the browser may not sniff as HTML',
        'has no HTML or code sink anywhere in the renderer',
        'escapes every text it puts in chart tooltip markup',
      ],
    },
  },
];

const testsRoot = fileURLToPath(new URL('../', import.meta.url));

describe('security requirements index', () => {
  it.each(securityRequirements.map((r) => [r.requirement, r] as const))('%s: its proofs exist', (_name, requirement) => {
    for (const [file, titles] of Object.entries(requirement.proofs)) {
      const source = readFileSync(`${testsRoot}${file}`, 'utf8');
      for (const title of titles) expect(source.includes(`'${title}'`) || source.includes(`\`${title}`), `${file}: «${title}»`).toBe(true);
    }
  });

  describe('the bridge through another address of this machine', () => {
    let bridge: HttpBridge;
    beforeAll(async () => {
      bridge = await startHttpBridge({ dispatcher: createDispatcher(completeHandlers<null>({}), null, () => undefined), events: createEventBus(), staticDir: testsRoot });
    });
    afterAll(async () => bridge?.close());

    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((a): a is NonNullable<typeof a> => Boolean(a) && !a!.internal && a!.family === 'IPv4')
      .map((a) => a.address);

    it.skipIf(otherAddresses.length === 0)('refuses a connection to the bridge through any other address of this machine', async () => {
      for (const address of otherAddresses) {
        const outcome = await new Promise<string>((resolve) => {
          const socket = connect({ host: address, port: bridge.port });
          socket.once('connect', () => (socket.destroy(), resolve('conectado')));
          socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        });
        expect(outcome, address).toBe('ECONNREFUSED');
      }
    });
  });
});
