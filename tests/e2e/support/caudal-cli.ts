import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandInput, CommandName, CommandOutput, CommandResult } from '../../../src-shared/contract';
import { httpRoutes } from '../../../src-shared/contract/bridge';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cliEntry = path.join(projectRoot, 'src-main', 'cli', 'main.ts');

/** `npm run caudal -- …` without npm in between: the same entry point, run by tsx. */
function spawnCli(args: string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
}

/** Runs a CLI command to completion; rejects with its output when it fails. */
export function runCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`caudal ${args.join(' ')} terminó con código ${code}\n${stdout}\n${stderr}`));
    });
  });
}

export interface RunningServe {
  /** The address `caudal serve` printed, token included: what the analyst opens. */
  launchUrl: string;
  /** `http://127.0.0.1:PORT/` */
  origin: string;
  token: string;
  /** Calls a command over the HTTP bridge from Node (token header), independently of the page. */
  send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  stop(): Promise<void>;
}

/**
 * Starts `caudal serve --db … --port 0` and resolves once it prints its address. `env` is added to this
 * process's environment (e.g. `CAUDAL_URL_…` pointing the sources at a local publisher server).
 */
export function startServe(dbPath: string, env: Readonly<Record<string, string>> = {}): Promise<RunningServe> {
  const child = spawnCli(['serve', '--db', dbPath, '--port', '0'], env);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Caudal sirviendo en (\S+)/.exec(output);
      if (!match?.[1]) return;
      child.stdout?.off('data', onData);
      const launchUrl = match[1];
      const url = new URL(launchUrl);
      const token = url.searchParams.get(httpRoutes.tokenQuery) ?? '';
      resolve({
        launchUrl,
        origin: url.origin,
        token,
        send: (name, input) => invokeOverHttp(url.origin, token, name, input),
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`caudal serve terminó antes de escuchar (código ${code}):\n${output}`)));
  });
}

async function invokeOverHttp<N extends CommandName>(origin: string, token: string, name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
  const response = await fetch(`${origin}${httpRoutes.invoke}${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [httpRoutes.tokenHeader]: token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as CommandResult<CommandOutput<N>>;
  if (!result.ok) throw new Error(`${name} falló: ${result.error.message}`);
  return result.data;
}
