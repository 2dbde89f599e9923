// Only `version` is bundled: esbuild and tsx import a single key of a JSON file.
import { version } from '../../package.json';

/** The running Caudal's version, written into every export's metadata. */
export const caudalVersion: string = version;
