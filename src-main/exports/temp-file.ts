import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CaudalError } from '../../src-shared/contract';

/**
 * A file is written under a temporary name in the target's own folder (so the final rename never
 * crosses file systems) and only renamed to the name the analyst chose when it is complete.
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.caudal-tmp`);
}

/** Puts the finished file in place, replacing an older file of that name. */
export async function moveIntoPlace(temporary: string, target: string): Promise<void> {
  try {
    await rename(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') {
      throw new CaudalError('conflict', `No se pudo reemplazar ${basename(target)}: el archivo está abierto en otro programa (¿Excel?) o protegido. Ciérrelo e intente de nuevo.`);
    }
    throw error;
  }
}

/** Removes a temporary file after a failure or a cancellation; a file that was never created is fine. */
export async function discardTemporary(temporary: string): Promise<void> {
  await rm(temporary, { force: true });
}
