export interface BenchOptions {
  concurrency: number[];
  warmupMs: number;
  durationMs: number;
  /** Connections in the API's pool and in the baseline's pool alike. */
  poolSize: number;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function positive(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${what} must be a positive number, got "${value}"`);
  return n;
}

/**
 * Flags win over environment variables: `--concurrency=1,8,64 --warmup=1 --duration=5 --pool=64`
 * (seconds), or BENCH_CONCURRENCY, BENCH_WARMUP_S, BENCH_DURATION_S, BENCH_POOL.
 */
export function benchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const concurrency = (flag(argv, 'concurrency') ?? env.BENCH_CONCURRENCY ?? '1,8,64')
    .split(',')
    .map((c) => Math.round(positive(c.trim(), 'concurrency')));
  const warmupMs = positive(flag(argv, 'warmup') ?? env.BENCH_WARMUP_S ?? '1', 'warm-up') * 1000;
  const durationMs = positive(flag(argv, 'duration') ?? env.BENCH_DURATION_S ?? '5', 'duration') * 1000;
  // Enough connections that neither side queues for one: the comparison is of the work, not the pool.
  const poolSize = Math.round(positive(flag(argv, 'pool') ?? env.BENCH_POOL ?? String(Math.max(...concurrency)), 'pool'));
  return { concurrency, warmupMs, durationMs, poolSize };
}
