import { commands } from '../../../src-shared/contract';
import type { Dispatcher } from '../../app/dispatcher';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

/**
 * `caudal query <command> [json-input]`: runs any contract command through the same dispatcher as the
 * app and prints its JSON answer. The input is validated by the contract, never by the CLI.
 */
export async function runQuery(dispatcher: Dispatcher, name: string | undefined, jsonInput: string | undefined, io: CliIo): Promise<ExitCode> {
  if (!name || name === '--list') {
    io.stdout.write('Comandos disponibles:\n');
    for (const [commandName, schema] of Object.entries(commands)) io.stdout.write(`  ${commandName.padEnd(24)} ${schema.summary}\n`);
    return name ? exitCodes.ok : exitCodes.usage;
  }
  let input: unknown = {};
  if (jsonInput !== undefined && jsonInput.trim() !== '') {
    try {
      input = JSON.parse(jsonInput);
    } catch {
      io.stderr.write(`La entrada no es JSON válido: ${jsonInput.slice(0, 200)}\nEjemplo: '{"from":"2024-01","to":"2024-12"}'\n`);
      return exitCodes.usage;
    }
  }
  // In process: the person at the terminal (e.g. `query exports.create` writes where they said).
  const result = await dispatcher.dispatch(name, input, 'in-process');
  if (result.ok) {
    io.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
    return exitCodes.ok;
  }
  io.stderr.write(`${JSON.stringify(result.error, null, 2)}\n`);
  return result.error.code === 'validation' || result.error.code === 'unknown-command' ? exitCodes.usage : exitCodes.failed;
}
