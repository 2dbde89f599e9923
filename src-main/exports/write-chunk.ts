import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Writable } from 'node:stream';

/**
 * Writes and, when the stream's buffer is full, waits for it to drain: memory stays bounded however
 * many rows follow. Also yields to the event loop, so that the app keeps answering while it exports.
 */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
  else await nextTurn();
}
