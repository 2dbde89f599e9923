import { utilityProcess } from 'electron';
import { EXPORT_PROCESS_V8_FLAGS, type SpawnExportProcess } from '../exports/process/export-child';
import type { FromExportProcess } from '../exports/process/export-process-protocol';

/**
 * Export processes in the desktop app: Electron's utilityProcess running the bundled
 * dist-main/export-process.cjs (the packaged app cannot fork itself as Node: the runAsNode fuse is off).
 * Only the adaptation to SpawnExportProcess lives here; the protocol, cancellation and cleanup are in
 * exports/process and tested with Node's fork.
 */
export function utilityExportProcess(bundlePath: string): SpawnExportProcess {
  return (events) => {
    const child = utilityProcess.fork(bundlePath, [], {
      execArgv: [...EXPORT_PROCESS_V8_FLAGS],
      serviceName: 'Caudal: exportación',
      stdio: 'inherit',
    });
    let outOfMemory = false;
    let exited = false;
    child.on('message', (message: FromExportProcess) => events.message(message));
    // V8's fatal errors (out of memory among them) come here first; 'exit' always follows.
    child.on('error', (_type, location, report) => {
      outOfMemory ||= /heap|memory/i.test(`${location}\n${report}`);
    });
    child.once('exit', (code) => {
      exited = true;
      events.exit({ code, signal: null, outOfMemory });
    });
    return {
      send: (message) => {
        if (!exited) child.postMessage(message);
      },
      kill: () => {
        if (!exited) child.kill();
      },
    };
  };
}
