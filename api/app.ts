import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { DatabaseHandle } from '../engine/db/connect.ts';
import { WorkflowEngine } from '../engine/workflow/engine.ts';
import { TimerScheduler } from '../engine/workflow/scheduler.ts';
import type { WorkflowRegistry } from '../engine/workflow/registry.ts';
import { localPasswordProvider } from './accounts/identity-provider.ts';
import { purgeStaleAccountRows } from './accounts/housekeeping.ts';
import { productDb } from './db/schema.ts';
import { appRouter } from './routers/index.ts';
import { createContext } from './trpc/context.ts';
import { isCsrfSafe } from './http/csrf.ts';
import { staticFiles } from './http/static-files.ts';
import type { AppDeps } from './app-deps.ts';
import { productRegistry } from './workflow-registry.ts';

export interface AppOptions {
  handle: DatabaseHandle;
  registry?: WorkflowRegistry;
  /** Built web app to serve; omitted in API-only tests and under the Vite dev server. */
  staticDir?: string;
  /** Fire due timers in this process (every API process may; they never double-fire). */
  scheduler?: boolean | { intervalMs: number };
  secureCookies?: boolean;
}

export interface App {
  server: Server;
  /** The app's dependencies (`AppDeps`), as every procedure sees them. */
  services: AppDeps;
  scheduler: TimerScheduler;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const db = productDb(options.handle.db);
  const registry = options.registry ?? productRegistry();
  const engine = new WorkflowEngine(options.handle.db, registry);
  const services: AppDeps = {
    db,
    driver: options.handle.driver,
    engine,
    registry,
    notifications: options.handle.notifications,
    identity: localPasswordProvider(db),
    secureCookies: options.secureCookies ?? false,
  };
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req, res }) => createContext(services, req, res),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`[api] ${path ?? '?'}:`, error.cause ?? error);
    },
  });
  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : null;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/trpc/')) {
      if (!isCsrfSafe(req)) {
        res.writeHead(403, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'errors.csrf' } }));
        return;
      }
      trpc(req, res);
      return;
    }
    if (url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (serveStatic?.(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  const intervalMs = typeof options.scheduler === 'object' ? options.scheduler.intervalMs : 1000;
  const scheduler = new TimerScheduler(engine, {
    intervalMs,
    onError: (err) => console.error('[scheduler]', err),
  });
  let housekeeping: NodeJS.Timeout | null = null;
  if (options.scheduler !== false) {
    scheduler.start();
    housekeeping = setInterval(() => void purgeStaleAccountRows(db).catch((err: unknown) => console.error('[housekeeping]', err)), 10 * 60_000);
    housekeeping.unref();
  }

  return {
    server,
    services,
    scheduler,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://${host}:${actual}`);
        });
      });
    },
    async close() {
      if (housekeeping) clearInterval(housekeeping);
      await scheduler.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
