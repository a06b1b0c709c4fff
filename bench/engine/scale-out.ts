import { closedLoop } from '../support/closed-loop.ts';
import { summarize } from '../support/latency-summary.ts';
import { textTable } from '../support/text-table.ts';
import { signIn } from '../../tests/support/api-client.ts';
import { apiSend, benchApiClient } from './api-send.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { coordinatorLogin } from './bench-workflow.ts';

export interface ScaleOutOptions {
  databaseUrl: string;
  processes: number;
  clients: number;
  warmupMs: number;
  durationMs: number;
  poolSize: number;
  /** Instances the clients write to, one per client. */
  instanceIds: (count: number, label: string) => Promise<string[]>;
}

/**
 * The same closed loop (`clients` callers, one instance each) against 1, 2 … N API processes on one
 * PostgreSQL server, the callers spread round-robin over the processes; one row per process count.
 */
export async function scaleOut(options: ScaleOutOptions): Promise<string> {
  const rows: string[][] = [];
  let first: number | null = null;
  for (let n = 1; n <= options.processes; n++) {
    const apis: ApiProcess[] = [];
    try {
      for (let i = 0; i < n; i++) apis.push(await startApiProcess(options.databaseUrl, Math.max(2, Math.ceil(options.poolSize / n))));
      const clients = await Promise.all(
        apis.map(async (api) => benchApiClient(api.url, await signIn(api.url, coordinatorLogin.username, coordinatorLogin.password))),
      );
      const ids = await options.instanceIds(options.clients, `scale ${n}`);
      const result = await closedLoop({ clients: options.clients, warmupMs: options.warmupMs, durationMs: options.durationMs }, (i) =>
        apiSend(clients[i % clients.length]!, ids[i]!),
      );
      if (result.errors > 0) throw new Error(`${result.errors} request(s) failed`, { cause: result.firstError });
      const summary = summarize(result.latenciesMs, result.windowMs);
      first ??= summary.perSecond;
      rows.push([
        String(n),
        summary.perSecond.toFixed(0),
        (summary.perSecond / n).toFixed(0),
        (summary.perSecond / first).toFixed(2),
        summary.p99Ms.toFixed(1),
      ]);
      console.error(`  ${n} process(es): ${summary.perSecond.toFixed(0)} req/s`);
    } finally {
      for (const api of apis) await api.stop();
    }
  }
  return textTable(['API processes', 'req/s', 'req/s per process', '÷ 1 process', 'p99 ms'], rows);
}
