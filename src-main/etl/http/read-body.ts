import type { DownloadProgress } from './http-types';
import { fromNetworkError, httpFailures, type RequestTarget, type TimeoutSettings } from './http-failures';
import { SourceHttpError } from './source-http-error';

/** A response body as undici gives it: chunks, and a way to drop the connection early. */
export interface ResponseBody extends AsyncIterable<Uint8Array> {
  destroy(error?: Error): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface BodyLimits {
  readonly maxBytes: number;
  /** From Content-Length; null when the server streams without announcing a size. */
  readonly declaredBytes: number | null;
  readonly onProgress?: (progress: DownloadProgress) => void;
}

/**
 * Reads a whole body, refusing more than `maxBytes` (announced or streamed) and noticing a body that
 * ends before its Content-Length: a cut download must never be parsed as if it were the file.
 */
export async function readBody(body: ResponseBody, target: RequestTarget, limits: BodyLimits, timeouts: TimeoutSettings): Promise<Uint8Array> {
  const { maxBytes, declaredBytes, onProgress } = limits;
  if (declaredBytes !== null && declaredBytes > maxBytes) {
    drop(body);
    throw httpFailures.tooLarge(target, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  try {
    onProgress?.({ receivedBytes, totalBytes: declaredBytes });
    for await (const chunk of body) {
      receivedBytes += chunk.byteLength;
      if (receivedBytes > maxBytes) {
        drop(body);
        throw httpFailures.tooLarge(target, maxBytes);
      }
      chunks.push(chunk);
      onProgress?.({ receivedBytes, totalBytes: declaredBytes });
    }
  } catch (error) {
    if (error instanceof SourceHttpError) throw error;
    const failure = fromNetworkError(error, target, 'body', timeouts);
    if (failure.code === 'truncated' && declaredBytes !== null) throw httpFailures.truncated(target, receivedBytes, declaredBytes, error);
    throw failure;
  }
  if (declaredBytes !== null && receivedBytes < declaredBytes) throw httpFailures.truncated(target, receivedBytes, declaredBytes);
  return concat(chunks, receivedBytes);
}

/** Closes the connection without reading the rest; the stream's own abort error has nobody to tell. */
function drop(body: ResponseBody): void {
  body.on('error', () => undefined);
  body.destroy();
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Content-Length as a number, or null when absent or not a plain non-negative integer. */
export function declaredLength(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}
