import { z } from 'zod';

/**
 * Every failed command answers with one of these codes. The dispatcher never lets an exception,
 * a stack trace or an SQL message reach a client: messages are Spanish and meant for the analyst.
 */
/** `unavailable`: the command exists but not where it was asked (the save dialog outside the desktop app). */
export const errorCodes = ['validation', 'unknown-command', 'not-found', 'conflict', 'cancelled', 'source-failed', 'internal', 'unavailable'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldIssue = z.object({
  /** Dotted path of the offending field, e.g. `from` or `departments.0`; empty for the whole input. */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

export const commandError = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssue).optional(),
});
export type CommandError = z.infer<typeof commandError>;

export type CommandResult<T> = { ok: true; data: T } | { ok: false; error: CommandError };

/** Thrown by handlers for failures the analyst should read (not bugs); the dispatcher serializes it. */
export class CaudalError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'CaudalError';
  }
}
