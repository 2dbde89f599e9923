import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandResult } from '../../../src-shared/contract';
import type { Dispatcher } from '../../app/dispatcher';
import { readJsonBody } from './request-body';
import { sendJson, sendRefusal } from './responses';

/**
 * `POST /api/invoke/<name>`: the body is the command input. Whatever the dispatcher answers — data,
 * validation issues, an unknown command — goes back unchanged as a 200 CommandResult; other statuses
 * mean the request never reached the dispatcher. Every request carries the `http-bridge` origin: a
 * browser page or a script holding the token, which may not name any file on disk to write.
 */
export async function handleInvoke(req: IncomingMessage, res: ServerResponse, dispatcher: Dispatcher, encodedName: string): Promise<void> {
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'Método no permitido: los comandos se invocan con POST.', true, { Allow: 'POST' });
    return;
  }
  const body = await readJsonBody(req);
  switch (body.kind) {
    case 'aborted':
      res.destroy();
      return;
    case 'too-large':
      // The rest of the upload is not read: closing the connection is cheaper than draining it.
      sendRefusal(res, 413, 'La solicitud supera el límite de 1 MB.', true, { Connection: 'close' });
      return;
    case 'not-json-content-type':
      sendRefusal(res, 415, 'El cuerpo de la solicitud debe enviarse como JSON (Content-Type: application/json).', true);
      return;
    case 'invalid-json': {
      const result: CommandResult<never> = {
        ok: false,
        error: {
          code: 'validation',
          message: 'Solicitud inválida: el cuerpo no es JSON válido.',
          issues: [{ path: '', message: `JSON inválido: ${body.reason}` }],
        },
      };
      sendJson(res, 200, result);
      return;
    }
    case 'empty':
      sendJson(res, 200, await dispatcher.dispatch(decodeCommandName(encodedName), undefined, 'http-bridge'));
      return;
    case 'json':
      sendJson(res, 200, await dispatcher.dispatch(decodeCommandName(encodedName), body.value, 'http-bridge'));
      return;
  }
}

/** A malformed escape is passed through as typed; the dispatcher then answers `unknown-command`. */
function decodeCommandName(encodedName: string): string {
  try {
    return decodeURIComponent(encodedName);
  } catch {
    return encodedName;
  }
}
