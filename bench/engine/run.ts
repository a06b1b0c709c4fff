/**
 * `send` through the HTTP tRPC API against the same SQL straight through `pg`, on one real
 * PostgreSQL server in one run: `npx tsx bench/engine/run.ts [--concurrency=1,8,64] [--warmup=1]
 * [--duration=5] [--pool=64] [--api=process|inline] [--client=http|trpc]`, each ratio printed
 * against its goal with PASS or FAIL. By default the API runs in a process of its own and the
 * load-generating clients (node:http) in this one, beside the baseline's pg clients; `--api=inline
 * --client=trpc` is the earlier setup, the tRPC client and the server sharing this event loop.
 * `--processes N` instead runs 1..N API processes on the one server and prints throughput per count.
 * Not part of `npm test`.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import pg from 'pg';
import { createApp, type App } from '../../api/app.ts';
import { allMigrations } from '../../api/db/migrations.ts';
import { productDb } from '../../api/db/schema.ts';
import { createLogger } from '../../api/http/logger.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { signIn } from '../../tests/support/api-client.ts';
import { countingHandle, type CountingHandle } from '../../tests/support/counting-pool.ts';
import { goalLine, passes, type Goal } from '../support/goal.ts';
import { closedLoop, type ClosedLoopOptions } from '../support/closed-loop.ts';
import { summarize, type LatencySummary } from '../support/latency-summary.ts';
import { serverDatabase, type ServerDatabase } from '../support/server-database.ts';
import { textTable } from '../support/text-table.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { apiSend, benchApiClient } from './api-send.ts';
import { baselineSend } from './baseline-send.ts';
import { benchOptions, type BenchOptions } from './bench-options.ts';
import { httpSender } from './http-send.ts';
import { benchRegistry, benchVisibility, coordinator, coordinatorLogin } from './bench-workflow.ts';
import { scaleOut } from './scale-out.ts';

type Scenario = 'own' | 'shared';

interface Cell extends LatencySummary {
  /** CPU of this process and, for the API in its own process, of that process too, per request. */
  cpuMsPerRequest: number;
  /** The API process's share of it (NaN when the server runs in this process, or for the baseline). */
  serverCpuMsPerRequest: number;
  /** Statements the API's pool sent per completed request (API cells only). */
  statementsPerRequest: number;
}

/** The API as measured: where it runs, and how its statements and CPU are read around a cell. */
interface ApiUnderTest {
  url: string;
  measureStart(): Promise<void>;
  measureEnd(): Promise<{ statements: number; serverCpuMs: number | null }>;
}

interface Measured {
  clients: number;
  scenario: Scenario;
  api: Cell;
  baseline: Cell;
}

async function startInstances(engine: WorkflowEngine, count: number, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const started = await engine.start({
      kind: 'review',
      entityId: 'ent-moi',
      input: { title: `Benchmark ${label} ${i + 1}` },
      actor: coordinator,
    });
    ids.push(started.instanceId);
  }
  return ids;
}

async function measure(options: ClosedLoopOptions, request: (client: number) => Promise<unknown>, api?: ApiUnderTest): Promise<Cell> {
  await api?.measureStart();
  const result = await closedLoop(options, request);
  if (result.errors > 0) throw new Error(`${result.errors} request(s) failed`, { cause: result.firstError });
  const counted = await api?.measureEnd();
  const serverCpuMsPerRequest = counted?.serverCpuMs != null ? counted.serverCpuMs / result.completed : Number.NaN;
  return {
    ...summarize(result.latenciesMs, result.windowMs),
    cpuMsPerRequest: result.cpuMsPerRequest + (Number.isNaN(serverCpuMsPerRequest) ? 0 : serverCpuMsPerRequest),
    serverCpuMsPerRequest,
    statementsPerRequest: counted ? counted.statements / result.completed : Number.NaN,
  };
}

/** The API inline (this process, beside its clients) or in a process of its own; either way its pool counts statements. */
async function apiUnderTest(
  options: BenchOptions,
  databaseUrl: string,
  inline: { handle: CountingHandle; engine: WorkflowEngine; app: App | null },
): Promise<ApiUnderTest & { process: ApiProcess | null }> {
  if (options.api === 'inline') {
    const { handle, engine, app } = inline;
    return {
      url: await app!.listen(0),
      process: null,
      async measureStart() {
        handle.statements.length = 0;
      },
      async measureEnd() {
        await engine.flushNotices();
        return { statements: handle.statements.length, serverCpuMs: null };
      },
    };
  }
  const child = await startApiProcess(databaseUrl, options.poolSize, { countStatements: true });
  return {
    url: child.url,
    process: child,
    measureStart: () => child.measureStart(),
    async measureEnd() {
      const { statements, cpuMs } = await child.measureEnd();
      return { statements: statements ?? Number.NaN, serverCpuMs: cpuMs };
    },
  };
}

/** Each goal of issue 12 this run measures. */
function goals(rows: readonly Measured[]): Goal[] {
  const list: Goal[] = rows.map((r) => ({
    what: `send ÷ raw pg, ${r.clients} client(s), ${r.scenario} instance(s)`,
    value: r.api.perSecond / r.baseline.perSecond,
    op: '>=' as const,
    target: 0.5,
  }));
  const most = Math.max(...rows.map((r) => r.clients));
  for (const r of rows.filter((row) => row.clients === most)) {
    list.push({
      what: `p99 at ${most} clients ÷ raw pg p99, ${r.scenario} instance(s)`,
      value: r.api.p99Ms / r.baseline.p99Ms,
      op: '<=',
      target: 1.5,
    });
  }
  list.push({
    what: 'round trips per send (most of any cell)',
    value: Math.max(...rows.map((r) => r.api.statementsPerRequest)),
    op: '<=',
    target: 3,
  });
  return list;
}

const ms = (v: number) => v.toFixed(2);
const perSecond = (v: number) => v.toFixed(0);
const ratio = (v: number) => v.toFixed(2);

function report(rows: readonly Measured[]): string {
  return textTable(
    [
      'clients / instances',
      'API req/s',
      'pg tx/s',
      'API/pg',
      'API p50',
      'API p99',
      'pg p50',
      'pg p99',
      'p50 API/pg',
      'CPU ms/req API',
      'of which server',
      'CPU ms/req pg',
      'stmts/send',
    ],
    rows.map((r) => [
      `${r.clients} / ${r.scenario === 'own' ? `${r.clients} (own)` : '1 (shared)'}`,
      perSecond(r.api.perSecond),
      perSecond(r.baseline.perSecond),
      ratio(r.api.perSecond / r.baseline.perSecond),
      ms(r.api.p50Ms),
      ms(r.api.p99Ms),
      ms(r.baseline.p50Ms),
      ms(r.baseline.p99Ms),
      ratio(r.api.p50Ms / r.baseline.p50Ms),
      ms(r.api.cpuMsPerRequest),
      Number.isNaN(r.api.serverCpuMsPerRequest) ? 'inline' : ms(r.api.serverCpuMsPerRequest),
      ms(r.baseline.cpuMsPerRequest),
      ratio(r.api.statementsPerRequest),
    ]),
  );
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2), process.env);
  const loop = (clients: number): ClosedLoopOptions => ({ clients, warmupMs: options.warmupMs, durationMs: options.durationMs });
  let server: ServerDatabase | null = null;
  let handle: CountingHandle | null = null;
  let app: App | null = null;
  let apiProcess: ApiProcess | null = null;
  let pool: pg.Pool | null = null;
  let closeSender = () => {};
  try {
    server = await serverDatabase();
    // The API's pool records its statements: round trips per send are counted, not guessed.
    handle = countingHandle(server.url, options.poolSize);
    await migrateToLatest(handle.db, allMigrations);
    // No scheduler: the review machine arms no timer in `open`, and a poller would only add noise.
    // Warnings only: a log line per request would measure the log pipe.
    app =
      options.api === 'inline' && options.processes === null
        ? createApp({
            handle,
            registry: benchRegistry(),
            visibility: benchVisibility(),
            scheduler: false,
            logger: createLogger({ level: 'warn' }),
          })
        : null;
    await loadSeeds(productDb(handle.db), { demoUsers: true });
    // Instances are started here; the API (in this process or its own) finds them in the database.
    const engine = app?.services.engine ?? new WorkflowEngine(handle.db, benchRegistry());
    pool = new pg.Pool({ connectionString: server.url, max: options.poolSize });
    // An idle client dropped while the throwaway server stops is not a bench failure.
    pool.on('error', () => undefined);
    const baselinePool = pool;
    if (options.processes !== null) {
      const clients = Math.max(...options.concurrency);
      console.log(`Scale-out: ${clients} clients (one instance each), 1..${options.processes} API process(es) on one PostgreSQL server.\n`);
      console.log(
        await scaleOut({
          databaseUrl: server.url,
          processes: options.processes,
          clients,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
          poolSize: options.poolSize,
          instanceIds: (count, label) => startInstances(engine, count, label),
        }),
      );
      return;
    }

    const api = await apiUnderTest(options, server.url, { handle, engine, app });
    apiProcess = api.process;
    const cookie = await signIn(api.url, coordinatorLogin.username, coordinatorLogin.password);
    let send: (instanceId: string) => Promise<void>;
    if (options.client === 'trpc') {
      const client = benchApiClient(api.url, cookie);
      send = (id) => apiSend(client, id);
    } else {
      const sender = httpSender(api.url, cookie, Math.max(...options.concurrency));
      send = sender.send;
      closeSender = sender.close;
    }

    const { rows: versionRows } = await pool.query<{ server_version: string }>('SHOW server_version');
    const [sample] = await startInstances(engine, 1, 'sample');
    const { rows: sizeRows } = await pool.query<{ bytes: number }>(
      'SELECT octet_length(snapshot::text)::int AS bytes FROM workflow_instances WHERE id = $1',
      [sample],
    );
    console.log(
      [
        `PostgreSQL ${versionRows[0]?.server_version ?? '?'} (${server.origin}), Node ${process.version}, ` +
          `${availableParallelism()} CPU(s) ${cpus()[0]?.model.trim() ?? ''}, load average ${loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}`,
        `Pool: ${options.poolSize} connections for the API and for pg alike. Warm-up ${options.warmupMs / 1000} s, ` +
          `window ${options.durationMs / 1000} s per cell. Snapshot ${sizeRows[0]?.bytes ?? '?'} bytes.`,
        'API: workflows.send INCREMENT over HTTP tRPC (session, read check on the written state, engine write, pg_notify after commit).',
        'pg:  BEGIN; SELECT … FOR UPDATE; UPDATE … WHERE version = $; INSERT workflow_events; COMMIT.',
        options.api === 'inline'
          ? 'API server in this process (--api=inline): it shares its event loop with the clients.'
          : "API server in a process of its own (--api=process, as in production); clients, closed loop, in this process beside the baseline's pg clients.",
        options.client === 'trpc'
          ? 'API clients: the tRPC client (httpLink over fetch) as the web app sends (--client=trpc).'
          : 'API clients: node:http POST /trpc/workflows.send over a keep-alive agent, the same request the tRPC client sends (--client=http).',
        'CPU ms/req: this process (clients, or pg client) plus the API process when separate ("of which server"), per request; PostgreSQL not included.',
        '',
      ].join('\n'),
    );

    const measured: Measured[] = [];
    for (const clients of options.concurrency) {
      for (const scenario of ['own', 'shared'] as const) {
        const instances = scenario === 'own' ? clients : 1;
        const apiIds = await startInstances(engine, instances, `api c${clients} ${scenario}`);
        const apiCell = await measure(loop(clients), (i) => send(apiIds[i % apiIds.length]!), api);
        const pgIds = await startInstances(engine, instances, `pg c${clients} ${scenario}`);
        const baseline = await measure(loop(clients), (i) =>
          baselineSend(baselinePool, pgIds[i % pgIds.length]!, coordinator as { id: string; label: string }),
        );
        measured.push({ clients, scenario, api: apiCell, baseline });
        console.error(
          `  ${clients} client(s), ${scenario} instance(s): API ${perSecond(apiCell.perSecond)} req/s, pg ${perSecond(baseline.perSecond)} tx/s`,
        );
      }
    }
    console.log(`\n${report(measured)}\n`);
    const verdicts = goals(measured);
    for (const goal of verdicts) console.log(goalLine(goal));
    console.log(`\n${verdicts.filter(passes).length} of ${verdicts.length} goals met.`);
    console.log(
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
    );
  } finally {
    // Reverse order of opening; each step runs even if an earlier one failed.
    closeSender();
    await app?.close().catch((e: unknown) => console.error('[bench] closing the API:', e));
    await apiProcess?.stop().catch((e: unknown) => console.error('[bench] stopping the API process:', e));
    await pool?.end().catch((e: unknown) => console.error('[bench] closing the pg pool:', e));
    await handle?.close().catch((e: unknown) => console.error('[bench] closing the database:', e));
    await server?.close().catch((e: unknown) => console.error('[bench] stopping PostgreSQL:', e));
  }
}

// Ctrl-C goes through process exit, where the throwaway cluster is stopped synchronously.
process.once('SIGINT', () => process.exit(130));
main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
