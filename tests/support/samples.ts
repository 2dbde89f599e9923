import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/**
 * The real agency files live outside the repository (../shared/samples, see its README): tests read
 * them in place and never copy them. CAUDAL_SAMPLES_DIR points elsewhere when needed.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const samplesDir = process.env['CAUDAL_SAMPLES_DIR'] ?? path.resolve(repoRoot, '..', 'shared', 'samples');
export const samplesAvailable = existsSync(samplesDir);

const runningInCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
const missingMessage = `Muestras reales no encontradas en ${samplesDir} (defina CAUDAL_SAMPLES_DIR o clone ../shared/samples)`;

export function samplePath(...segments: string[]): string {
  return path.join(samplesDir, ...segments);
}

/** Bytes of a sample file as a plain Uint8Array (what the readers receive from disk or the network). */
export function readSample(...segments: string[]): Uint8Array {
  const buffer = readFileSync(samplePath(...segments));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** For code outside `describeWithSamples`: throws in CI, returns false (skip) on a developer's clone. */
export function requireSamples(): boolean {
  if (samplesAvailable) return true;
  if (runningInCi) throw new Error(`${missingMessage}; en CI son obligatorias`);
  return false;
}

let warned = false;

/**
 * A describe block that needs the real samples: it runs when they are present, is skipped with a clear
 * message on a clone without them, and fails when they are missing while CI=true (CI always has them).
 */
export function describeWithSamples(name: string, body: () => void): void {
  if (samplesAvailable) {
    describe(name, body);
    return;
  }
  if (runningInCi) {
    describe(name, () => {
      it('necesita las muestras reales', () => {
        throw new Error(`${missingMessage}; en CI son obligatorias`);
      });
    });
    return;
  }
  if (!warned) {
    console.warn(`[muestras] ${missingMessage}: se omiten las pruebas con datos reales.`);
    warned = true;
  }
  describe.skip(`${name} — omitido: ${missingMessage}`, body);
}
