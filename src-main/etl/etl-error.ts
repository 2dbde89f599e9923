/**
 * A failure of a source's data (unreadable file, changed layout, renamed column) as opposed to a bug.
 * Its message is Spanish and addressed to the analyst; `code` lets tests and the UI tell kinds apart.
 */
export class EtlError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EtlError';
  }
}
