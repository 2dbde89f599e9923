import type { IncomingMessage } from 'node:http';

/** Commands take filters, never files: 1 MB is far above any honest request. */
export const maxBodyBytes = 1024 * 1024;

export type JsonBody =
  | { kind: 'empty' }
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json'; reason: string }
  | { kind: 'not-json-content-type' }
  | { kind: 'too-large' }
  /** The client went away mid-upload; there is nobody left to answer. */
  | { kind: 'aborted' };

/**
 * Reads a JSON request body without trusting Content-Length: the limit is enforced on the bytes
 * actually received, and reading stops as soon as it is crossed.
 */
export async function readJsonBody(req: IncomingMessage, limit = maxBodyBytes): Promise<JsonBody> {
  const declaredLength = Number(req.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > limit) return { kind: 'too-large' };

  const chunks: Buffer[] = [];
  let received = 0;
  try {
    // Not destroying on early return keeps the socket open long enough to send the 413.
    for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limit) return { kind: 'too-large' };
      chunks.push(chunk);
    }
  } catch {
    return { kind: 'aborted' };
  }
  if (received === 0) return { kind: 'empty' };
  if (!isJsonContentType(req.headers['content-type'])) return { kind: 'not-json-content-type' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { kind: 'invalid-json', reason: 'el texto no es UTF-8 válido' };
  }
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'invalid-json', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A JSON content type cannot be sent by a plain cross-site form or `no-cors` fetch, so requiring it
 * is one more wall behind the Origin and token checks.
 */
function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}
