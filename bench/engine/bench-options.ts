export interface BenchOptions {
  concurrency: number[];
  warmupMs: number;
  durationMs: number;
  /** Connections in the API's pool and in the baseline's pool alike. */
  poolSize: number;
  /** `--processes N`: the scale-out run, with 1..N API processes on one server; null for the usual run. */
  processes: number | null;
  /**
   * Where the API server runs: `process` (default) in a process of its own, as in production, the
   * load-generating clients in the bench process; `inline` in the bench process beside its clients.
   */
  api: 'process' | 'inline';
  /**
   * The load-generating client: `http` (default) a bare node:http POST over a keep-alive agent, as a
   * load generator sends it; `trpc` the tRPC client over fetch, as the web app sends it.
   */
  client: 'http' | 'trpc';
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${what} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const joined = argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
  if (joined !== undefined) return joined;
  // `--name value` as well as `--name=value`.
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

function positive(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${what} must be a positive number, got "${value}"`);
  return n;
}

/**
 * Flags win over environment variables: `--concurrency=1,8,64 --warmup=1 --duration=5 --pool=64`
 * (seconds), `--processes N`, `--api=process|inline` and `--client=http|trpc`, or BENCH_CONCURRENCY,
 * BENCH_WARMUP_S, BENCH_DURATION_S, BENCH_POOL, BENCH_PROCESSES, BENCH_API, BENCH_CLIENT.
 * `--api=inline --client=trpc` is the earlier measurement: clients and server on one event loop.
 */
export function benchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const concurrency = (flag(argv, 'concurrency') ?? env.BENCH_CONCURRENCY ?? '1,8,64')
    .split(',')
    .map((c) => Math.round(positive(c.trim(), 'concurrency')));
  const warmupMs = positive(flag(argv, 'warmup') ?? env.BENCH_WARMUP_S ?? '1', 'warm-up') * 1000;
  const durationMs = positive(flag(argv, 'duration') ?? env.BENCH_DURATION_S ?? '5', 'duration') * 1000;
  // Enough connections that neither side queues for one: the comparison is of the work, not the pool.
  const poolSize = Math.round(positive(flag(argv, 'pool') ?? env.BENCH_POOL ?? String(Math.max(...concurrency)), 'pool'));
  const processesFlag = flag(argv, 'processes') ?? env.BENCH_PROCESSES;
  const processes = processesFlag === undefined ? null : Math.round(positive(processesFlag, 'processes'));
  const api = oneOf(flag(argv, 'api') ?? env.BENCH_API ?? 'process', ['process', 'inline'] as const, 'api');
  const client = oneOf(flag(argv, 'client') ?? env.BENCH_CLIENT ?? 'http', ['http', 'trpc'] as const, 'client');
  return { concurrency, warmupMs, durationMs, poolSize, processes, api, client };
}
