import { hostOf, publisherNameForHost } from './publisher-hosts';
import { SourceHttpError } from './source-http-error';

/** The URL a request was for, with the names its messages use. */
export interface RequestTarget {
  readonly url: string;
  readonly host: string;
  /** "La ANH", or "El servidor 127.0.0.1:8080" for an unknown host. */
  readonly publisher: string;
}

export function targetOf(url: string): RequestTarget {
  const host = hostOf(url);
  return { url, host, publisher: publisherNameForHost(host) };
}

/** Where the request was when the network failed: before the answer's headers, or while reading its body. */
export type RequestPhase = 'request' | 'body';

export interface TimeoutSettings {
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
}

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const noNetworkCodes = new Set(['ENETUNREACH', 'ENETDOWN']);
const refusedCodes = new Set(['ECONNREFUSED']);
const droppedCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']);
const hostDownCodes = new Set(['EHOSTUNREACH', 'EHOSTDOWN', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export const httpFailures = {
  status(target: RequestTarget, status: number): SourceHttpError {
    return new SourceHttpError('http-status', `${target.publisher} respondió HTTP ${status}${statusHint(status)}`, { url: target.url, host: target.host, status });
  },
  tooLarge(target: RequestTarget, maxBytes: number): SourceHttpError {
    return new SourceHttpError(
      'too-large',
      `El archivo de ${target.host} supera el tamaño máximo permitido (${formatSize(maxBytes)}); no se descargó`,
      { url: target.url, host: target.host },
    );
  },
  truncated(target: RequestTarget, receivedBytes: number, expectedBytes: number, cause?: unknown): SourceHttpError {
    return new SourceHttpError(
      'truncated',
      `La descarga desde ${target.host} quedó incompleta: llegaron ${receivedBytes} de ${expectedBytes} bytes`,
      { url: target.url, host: target.host },
      { cause },
    );
  },
  badResponse(target: RequestTarget, what: string, cause?: unknown): SourceHttpError {
    return new SourceHttpError('bad-response', `La respuesta de ${target.host} no es válida: ${what}`, { url: target.url, host: target.host }, { cause });
  },
  aborted(target: RequestTarget, cause?: unknown): SourceHttpError {
    return new SourceHttpError('aborted', `Descarga cancelada (${target.host})`, { url: target.url, host: target.host }, { cause });
  },
};

/**
 * Turns what undici or the operating system threw into one Spanish sentence. The codes are looked for on
 * the error, its cause and, for happy-eyeballs connects, each address's error.
 */
export function fromNetworkError(error: unknown, target: RequestTarget, phase: RequestPhase, timeouts: TimeoutSettings): SourceHttpError {
  if (error instanceof SourceHttpError) return error;
  const codes = errorCodes(error);
  const details = { url: target.url, host: target.host };
  const fail = (code: SourceHttpError['code'], message: string) => new SourceHttpError(code, message, details, { cause: error });
  const has = (set: ReadonlySet<string>) => codes.some((code) => set.has(code));

  if (isAbort(error)) return httpFailures.aborted(target, error);
  if (codes.includes('UND_ERR_HEADERS_TIMEOUT')) {
    // A host that accepts the connection and never answers is, for the analyst, a host we cannot reach.
    return fail('timeout', `No se pudo conectar con ${target.host}: no respondió en ${seconds(timeouts.headersTimeoutMs)}`);
  }
  if (codes.includes('UND_ERR_BODY_TIMEOUT')) {
    return fail('timeout', `La descarga desde ${target.host} se detuvo: no llegaron datos en ${seconds(timeouts.bodyTimeoutMs)}`);
  }
  if (has(dnsCodes)) return fail('offline', `Sin conexión: no se pudo encontrar ${target.host} (revise la conexión a internet)`);
  if (has(noNetworkCodes)) return fail('offline', `Sin conexión: la red no está disponible para llegar a ${target.host}`);
  if (has(refusedCodes)) return fail('unreachable', `No se pudo conectar con ${target.host} (conexión rechazada)`);
  if (has(hostDownCodes)) return fail('unreachable', `No se pudo conectar con ${target.host} (no responde)`);
  if (has(droppedCodes)) {
    return phase === 'body'
      ? fail('truncated', `La descarga desde ${target.host} se interrumpió antes de terminar`)
      : fail('unreachable', `No se pudo conectar con ${target.host} (la conexión se cortó)`);
  }
  if (codes.some((code) => code.startsWith('ERR_TLS') || code.includes('CERT'))) {
    return fail('unreachable', `No se pudo conectar con ${target.host}: su certificado de seguridad no es válido`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fail('unreachable', `No se pudo conectar con ${target.host} (${detail.slice(0, 160)})`);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: unknown }).code === 'UND_ERR_ABORTED');
}

function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 3 || typeof error !== 'object' || error === null) return [];
  const own = (error as { code?: unknown }).code;
  const codes = typeof own === 'string' ? [own] : [];
  const nested = (error as { errors?: unknown }).errors;
  const children = Array.isArray(nested) ? nested : [];
  return [...codes, ...errorCodes((error as { cause?: unknown }).cause, depth + 1), ...children.flatMap((child) => errorCodes(child, depth + 1))];
}

function statusHint(status: number): string {
  if (status === 404 || status === 410) return ' (el archivo o la página ya no existe)';
  if (status === 401 || status === 403) return ' (acceso denegado)';
  if (status === 429) return ' (demasiadas solicitudes; intente más tarde)';
  if (status >= 500) return ' (error del servidor del publicador)';
  return '';
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${value.toLocaleString('es-CO', { maximumFractionDigits: 1 })} ${unit}`;
}
