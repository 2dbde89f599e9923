import type { z } from 'zod';

/** A command is a name with an input and an output schema, defined once and used by both processes. */
export interface CommandSchema<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** One line, Spanish: what the command answers. Shown by `caudal query --help`. */
  readonly summary: string;
}

export function defineCommand<I extends z.ZodType, O extends z.ZodType>(schema: CommandSchema<I, O>): CommandSchema<I, O> {
  return schema;
}

/** An event is a name with a payload schema, sent from the main process to every client. */
export interface EventSchema<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
}

export function defineEvent<P extends z.ZodType>(payload: P): EventSchema<P> {
  return { payload };
}
