import { performance } from 'node:perf_hooks';

export interface ClosedLoopOptions {
  clients: number;
  warmupMs: number;
  durationMs: number;
}

export interface ClosedLoopResult {
  /** Latencies of the requests that completed inside the measured window, in completion order. */
  latenciesMs: number[];
  windowMs: number;
  /** This process's CPU time (user + system) per completed request, warm-up included: load-independent where wall time is not. */
  cpuMsPerRequest: number;
  errors: number;
  firstError: unknown;
  /** Every request that completed, warm-up included. */
  completed: number;
}

/**
 * `clients` callers each send their next request as soon as the previous one answers. Requests
 * completing during the warm-up are not recorded (cold caches, JIT, connection set-up); after the
 * window closes no new request starts and the ones still in flight are awaited but not counted.
 */
export async function closedLoop(options: ClosedLoopOptions, request: (client: number) => Promise<unknown>): Promise<ClosedLoopResult> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const from = start + options.warmupMs;
  const to = from + options.durationMs;
  const latenciesMs: number[] = [];
  let completed = 0;
  let errors = 0;
  let firstError: unknown = null;
  const client = async (index: number) => {
    for (;;) {
      const sent = performance.now();
      if (sent >= to) return;
      try {
        await request(index);
      } catch (error) {
        errors++;
        firstError ??= error;
        // A failing system would otherwise spin; one error already makes the run invalid.
        return;
      }
      const done = performance.now();
      completed++;
      if (done >= from && done < to) latenciesMs.push(done - sent);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerRequest = completed > 0 ? (cpu.user + cpu.system) / 1000 / completed : Number.NaN;
  return { latenciesMs, windowMs: options.durationMs, cpuMsPerRequest, errors, firstError, completed };
}
