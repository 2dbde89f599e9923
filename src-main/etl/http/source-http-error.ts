import { EtlError } from '../etl-error';
import type { SourceHttpErrorCode } from './http-types';

/** What a failed request was about, kept on the error for logs, the sources panel and retries. */
export interface HttpFailureDetails {
  readonly url: string;
  readonly host: string;
  /** HTTP status, for `http-status`. */
  readonly status?: number;
  /** How many requests were made before giving up (1 when no retry happened). */
  readonly attempts?: number;
}

/**
 * A publisher could not be reached or did not answer as expected. The message is one Spanish sentence
 * for the analyst ("La ANH respondió HTTP 500"); `code` tells the kinds apart for retries and the UI.
 */
export class SourceHttpError extends EtlError {
  declare readonly code: SourceHttpErrorCode;

  constructor(
    code: SourceHttpErrorCode,
    message: string,
    readonly details: HttpFailureDetails,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
    this.name = 'SourceHttpError';
  }

  /**
   * Worth trying again after a pause: the network or the server had a bad moment. Being offline is not
   * (it fails fast so the app keeps working on local data), nor is a 4xx, a file too large or a cancel.
   */
  get retryable(): boolean {
    switch (this.code) {
      case 'unreachable':
      case 'timeout':
      case 'truncated':
        return true;
      case 'http-status':
        return (this.details.status ?? 0) >= 500;
      case 'offline':
      case 'too-large':
      case 'bad-response':
      case 'aborted':
        return false;
    }
  }

  /** The same failure, saying how many attempts were made. */
  withAttempts(attempts: number): SourceHttpError {
    if (attempts <= 1) return this;
    const copy = new SourceHttpError(this.code, `${this.message} (tras ${attempts} intentos)`, { ...this.details, attempts }, { cause: this.cause });
    return copy;
  }
}
