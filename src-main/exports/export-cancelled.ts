import { CaudalError } from '../../src-shared/contract';

export function exportCancelled(): CaudalError {
  return new CaudalError('cancelled', 'Exportación cancelada: no se guardó ningún archivo.');
}

/** Throws the cancellation the analyst asked for; called between batches of rows. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw exportCancelled();
}
