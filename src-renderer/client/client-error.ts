import type { CommandError, ErrorCode, FieldIssue } from '../../src-shared/contract';

/** Failures of the road to the service rather than of the command itself. */
export const transportErrorCodes = ['unreachable', 'unauthorized', 'bad-response'] as const;
export type TransportErrorCode = (typeof transportErrorCodes)[number];
export type ClientErrorCode = ErrorCode | TransportErrorCode;

/**
 * What every failed `send` throws. `message` is Spanish and written for the analyst, so the UI shows
 * it as is; `commandError` keeps the service's answer when there was one (null for transport failures).
 */
export class ClientError extends Error {
  readonly code: ClientErrorCode;
  readonly issues: FieldIssue[];

  constructor(
    /** The command that failed, e.g. `production.series`. */
    readonly command: string,
    code: ClientErrorCode,
    message: string,
    readonly commandError: CommandError | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ClientError';
    this.code = code;
    this.issues = commandError?.issues ?? [];
  }

  static fromCommandError(command: string, error: CommandError): ClientError {
    return new ClientError(command, error.code, error.message, error);
  }
}

/**
 * Thrown by a bridge when the request never produced a command result (network down, token refused,
 * garbage answer). The client turns it into a ClientError with the same code.
 */
export class BridgeTransportError extends Error {
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BridgeTransportError';
  }
}

export const transportMessages = {
  unreachable: 'No se pudo contactar al servicio de Caudal. Compruebe que sigue en ejecución y vuelva a intentarlo.',
  unauthorized:
    'El servicio de Caudal rechazó esta sesión (enlace vencido o incompleto). Abra de nuevo la dirección que mostró «caudal serve».',
  badResponse: (command: string, detail: string) => `El servicio de Caudal respondió algo inesperado a «${command}»: ${detail}.`,
} as const;

/** Anything caught around a command becomes a ClientError, so the UI has one kind of failure to show. */
export function toClientError(command: string, error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  if (error instanceof BridgeTransportError) return new ClientError(command, error.code, error.message, null, { cause: error });
  // A bridge that rejects without saying why (e.g. a closed Electron IPC channel) means we could not talk.
  return new ClientError(command, 'unreachable', transportMessages.unreachable, null, { cause: error });
}
