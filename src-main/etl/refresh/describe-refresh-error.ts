import { CaudalError } from '../../../src-shared/contract';
import { EtlError } from '../etl-error';

/** The code and Spanish sentence stored and shown for a source that failed or was cancelled. */
export function describeRefreshError(error: unknown, cancelled: boolean): { code: string; message: string } {
  if (cancelled) return { code: 'cancelled', message: 'Actualización cancelada; se conservan los datos anteriores' };
  if (error instanceof EtlError) return { code: error.code, message: error.message };
  if (error instanceof CaudalError) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Error inesperado al actualizar la fuente (${detail.slice(0, 200)})` };
}
