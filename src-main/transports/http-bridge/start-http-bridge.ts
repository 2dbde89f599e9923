import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpRoutes } from '../../../src-shared/contract/bridge';
import type { Dispatcher } from '../../app/dispatcher';
import type { EventBus } from '../../app/event-bus';
import {
  assertUsableToken,
  checkRequestSource,
  checkSessionToken,
  createSessionToken,
  missingTokenMessage,
  sessionCookie,
  tokensMatch,
} from './access-control';
import { createEventStreams } from './event-stream';
import { handleInvoke } from './invoke-route';
import { applySecurityHeaders, sendRefusal } from './responses';
import { serveStatic } from './static-files';

export interface HttpBridgeOptions {
  dispatcher: Dispatcher;
  events: EventBus;
  /** The built renderer (dist-renderer/). Read on every request, so building later needs no restart. */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Only '127.0.0.1' is accepted: the bridge is never reachable from the network. */
  host?: string;
  /** Defaults to 32 fresh random bytes (base64url) per launch. */
  token?: string;
}

export interface HttpBridge {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** `url` plus `?token=…`: the address to open once; it trades the token for a cookie. */
  readonly launchUrl: string;
  readonly port: number;
  readonly token: string;
  /** Ends open event streams, stops accepting connections and resolves once the server is down. */
  close(): Promise<void>;
}

const loopbackAddress = '127.0.0.1';

/** Loopback HTTP transport: the same contract as Electron IPC, for a regular browser and for scripts. */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const requestedPort = options.port ?? 0;
  if (options.host !== undefined && options.host !== loopbackAddress) {
    throw new Error(`El puente HTTP solo escucha en ${loopbackAddress}; se rechazó la dirección "${options.host}".`);
  }
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65_535) {
    throw new Error(`Puerto inválido: ${String(options.port)}. Use un entero entre 0 y 65535 (0 elige uno libre).`);
  }
  const token = options.token ?? createSessionToken();
  assertUsableToken(token);

  const streams = createEventStreams(options.events);
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    applySecurityHeaders(res);
    const rawUrl = req.url ?? '';
    const queryStart = rawUrl.indexOf('?');
    const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const isApi = rawPath === '/api' || rawPath.startsWith('/api/');
    if (!rawPath.startsWith('/')) {
      sendRefusal(res, 400, 'La dirección está mal formada.', isApi);
      return;
    }
    const source = checkRequestSource(req.headers, port);
    if (!source.allowed) {
      sendRefusal(res, source.status, source.message, isApi);
      return;
    }

    const queryToken = req.method === 'GET' && !isApi && queryStart !== -1
      ? new URLSearchParams(rawUrl.slice(queryStart + 1)).get(httpRoutes.tokenQuery)
      : null;
    if (queryToken !== null) {
      if (!tokensMatch(queryToken, token)) {
        sendRefusal(res, 401, missingTokenMessage, false);
        return;
      }
      // The token moves into an HttpOnly cookie and out of the address bar and the history.
      res.writeHead(303, { Location: '/', 'Set-Cookie': sessionCookie(token), 'Cache-Control': 'no-store', 'Content-Length': 0 });
      res.end();
      return;
    }

    const session = checkSessionToken(req.headers, token);
    if (!session.allowed) {
      sendRefusal(res, session.status, session.message, isApi);
      return;
    }

    if (rawPath.startsWith(httpRoutes.invoke)) {
      await handleInvoke(req, res, options.dispatcher, rawPath.slice(httpRoutes.invoke.length));
    } else if (rawPath === httpRoutes.events) {
      if (req.method !== 'GET') {
        sendRefusal(res, 405, 'Método no permitido: los eventos se reciben con GET.', true, { Allow: 'GET' });
      } else {
        streams.open(req, res);
      }
    } else if (isApi) {
      sendRefusal(res, 404, 'Ruta de la API desconocida.', true);
    } else {
      await serveStatic(req, res, options.staticDir, rawPath);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[caudal] el puente HTTP falló al responder:', error);
      if (res.headersSent) {
        res.destroy();
      } else {
        sendRefusal(res, 500, 'Error interno del servidor de Caudal.', true);
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => reject(describeListenError(error, requestedPort));
    server.once('error', onError);
    server.listen({ port: requestedPort, host: loopbackAddress, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${loopbackAddress}:${port}/`;

  let closing: Promise<void> | undefined;
  return {
    url,
    launchUrl: `${url}?${httpRoutes.tokenQuery}=${token}`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        streams.closeAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

function describeListenError(error: NodeJS.ErrnoException, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`El puerto ${port} ya está en uso en ${loopbackAddress}. Elija otro o use 0 para uno libre.`, { cause: error });
    case 'EACCES':
      return new Error(`No hay permiso para escuchar en el puerto ${port}. Use un puerto mayor que 1024 o 0 para uno libre.`, { cause: error });
    default:
      return new Error(`No se pudo iniciar el puente HTTP en ${loopbackAddress}:${port}: ${error.message}`, { cause: error });
  }
}
