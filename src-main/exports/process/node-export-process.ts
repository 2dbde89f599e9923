import { fork } from 'node:child_process';
import { EXPORT_PROCESS_V8_FLAGS, type SpawnExportProcess } from './export-child';
import type { FromExportProcess } from './export-process-protocol';

/**
 * The export process's code for Node: the bundle `scripts/build-main.mjs` writes (dist-main/export-process.cjs),
 * or, running from source (CLI, `caudal serve`, tests), the TypeScript entry under tsx's loader.
 */
export type ExportProcessScript =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'tsx'; readonly entryPath: string; readonly tsxLoaderUrl: string };

export interface NodeExportProcessOptions {
  /** V8 flags for the process; EXPORT_PROCESS_V8_FLAGS unless a bench compares others. */
  readonly v8Flags?: readonly string[];
}

/** V8's verdict when it gives up for lack of memory, printed on stderr before its native stack. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|process out of memory/i;
/** Characters kept from one stderr chunk to the next, so a verdict split across two chunks is still seen. */
const CARRY_CHARS = 64;

/**
 * Export processes as forked Node processes (`caudal serve`, the CLI, tests and the bench). Their stderr
 * is passed on to ours, and read for V8's "heap out of memory".
 */
export function nodeExportProcess(script: ExportProcessScript, options: NodeExportProcessOptions = {}): SpawnExportProcess {
  return (events) => {
    const loader = script.kind === 'tsx' ? ['--import', script.tsxLoaderUrl] : [];
    const modulePath = script.kind === 'tsx' ? script.entryPath : script.path;
    const child = fork(modulePath, [], {
      execArgv: [...(options.v8Flags ?? EXPORT_PROCESS_V8_FLAGS), ...loader],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderrCarry = '';
    let outOfMemory = false;
    let ended = false;
    const end = (exit: Parameters<typeof events.exit>[0]): void => {
      if (ended) return;
      ended = true;
      events.exit(exit);
    };
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      const text = stderrCarry + chunk.toString('utf8');
      outOfMemory ||= OUT_OF_MEMORY.test(text);
      stderrCarry = text.slice(-CARRY_CHARS);
    });
    child.on('message', (message) => events.message(message as FromExportProcess));
    // 'error' without 'exit' means the process never ran; after a start, 'exit' (or 'close') follows.
    child.once('error', (error) => {
      if (child.pid === undefined) end({ code: null, signal: null, outOfMemory: false, startError: error.message });
    });
    // 'close' comes after stderr is drained, so the verdict has been read by then.
    child.once('close', (code, signal) => end({ code, signal, outOfMemory }));
    return {
      send(message) {
        // A process that is gone cannot take the message; its 'close' tells the launcher.
        if (child.connected) child.send(message, (error) => void error);
      },
      kill() {
        if (child.exitCode === null && child.signalCode === null) child.kill();
      },
    };
  };
}
