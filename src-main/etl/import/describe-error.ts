import { CaudalError } from '../../../src-shared/contract';
import { EtlError } from '../etl-error';

/**
 * Turns a failure while importing a file into one Spanish sentence for the analyst. Source and reader
 * errors already carry one; anything else is unexpected and says so instead of pretending to explain it.
 */
export function describeError(error: unknown): string {
  if (error instanceof EtlError || error instanceof CaudalError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Error inesperado al importar el archivo (${detail.slice(0, 200)})`;
}
