import type { CliIo } from '../../src-main/cli/cli-io';

/** A CliIo that keeps what a command printed, for assertions. */
export function captureIo(): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
