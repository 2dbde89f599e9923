/**
 * What every `bench/<name>.bench.ts` exports as its default: `bench/run.ts` runs each one in a process
 * of its own (so one bench's memory and JIT state never colour another's numbers) and prints one table.
 */
export interface BenchOptions {
  /** `--quick`: fewer repetitions, for a smoke run; the README's numbers come from a full run. */
  readonly quick: boolean;
  /** Extra `key=value` arguments after the bench names, e.g. `--set scale=0.1`. */
  readonly settings: Readonly<Record<string, string>>;
}

/** One line of the printed table. Timings in milliseconds; `value` for anything that is not a timing. */
export interface BenchResult {
  /** The bench (a column of its own in the table): "consultas", "importación ANH", "renderer"… */
  readonly group: string;
  /** What was measured, in Spanish: "production.series nacional (mes)". */
  readonly name: string;
  readonly medianMs?: number | null;
  readonly p95Ms?: number | null;
  /** Any other figure, already formatted ("1,42 s", "94.312 filas/s", "612 kB gzip"). */
  readonly value?: string | null;
  /** The target, as written in the issue ("p95 < 25 ms"). */
  readonly target?: string | null;
  /** Whether the target is met; null when the line has no target. */
  readonly pass?: boolean | null;
  readonly note?: string | null;
}

export interface Bench {
  readonly title: string;
  run(options: BenchOptions): Promise<BenchResult[]>;
}

export function defineBench(bench: Bench): Bench {
  return bench;
}
