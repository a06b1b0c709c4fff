import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { DatabaseHandle } from '../engine/db/connect.ts';
import { WorkflowEngine } from '../engine/workflow/engine.ts';
import { TimerScheduler } from '../engine/workflow/scheduler.ts';
import type { WorkflowRegistry } from '../engine/workflow/registry.ts';
import { localPasswordProvider, type IdentityProvider } from './accounts/identity-provider.ts';
import { purgeStaleAccountRows } from './accounts/housekeeping.ts';
import { sessionCache } from './accounts/session-cache.ts';
import { startImportSweeper } from './cx/import-sweeper.ts';
import { MailSender } from './mail/sender.ts';
import { remindSelfAssessmentDeadlines } from './excellence/self-assessment-reminders.ts';
import type { OidcConfig } from './accounts/oidc/oidc-config.ts';
import { OidcSignIn } from './accounts/oidc/oidc-sign-in.ts';
import { oidcBasePath, oidcRoutes } from './accounts/oidc/oidc-routes.ts';
import type { MailConfig } from './mail/mail-config.ts';
import { allMigrations } from './db/migrations.ts';
import { productDb } from './db/schema.ts';
import { appRouter } from './root.ts';
import { createContext } from './trpc/context.ts';
import { defaultBodyLimits, type BodyLimits } from './http/body-limit.ts';
import { answerClientError, withErrorBoundary } from './http/error-boundary.ts';
import { healthProbes } from './http/health.ts';
import { InFlightRequests } from './http/in-flight.ts';
import { sendJsonError } from './http/json-error.ts';
import { createLogger, type Logger } from './http/logger.ts';
import { beginRequest, requestInfo } from './http/request-info.ts';
import { logWhenDone } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { trpcBasePath, trpcRoute } from './http/trpc-route.ts';
import { directMutationCall, type DirectResponseMeta } from './http/trpc-direct-call.ts';
import { apiV1Route, type ApiV1Limits } from './http/api-v1-route.ts';
import { evidenceFileBasePath, evidenceFileRoute } from './http/evidence-file-route.ts';
import { apiV1BasePath } from './api-v1/endpoints.ts';
import { ThresholdWatch } from './command-centre/threshold-watch.ts';
import type { AppDeps } from './app-deps.ts';
import { productRegistry, productVisibility } from './workflow-registry.ts';
import type { VisibilityRules } from './access/visibility-rules.ts';

export interface AppOptions {
  handle: DatabaseHandle;
  registry?: WorkflowRegistry;
  /** Who may read each kind through the generic workflow API; a kind without a rule is for administrators only. */
  visibility?: VisibilityRules;
  /** Built web app to serve; omitted in API-only tests and under the Vite dev server. */
  staticDir?: string;
  /** Fire due timers in this process (every API process may; they never double-fire). */
  scheduler?: boolean | { intervalMs: number };
  secureCookies?: boolean;
  /** The server is behind a trusted reverse proxy (`TAMAYUZ_TRUST_PROXY=1`). */
  trustProxy?: boolean;
  /** Where identities come from; local passwords unless given. */
  identity?: IdentityProvider;
  /** Structured logger; default: JSON lines on stdout at `LOG_LEVEL` (tests pass a silent one). */
  logger?: Logger;
  /** Request-body caps for /trpc (see api/http/body-limit.ts). */
  bodyLimits?: BodyLimits;
  /** How long close() lets in-flight requests finish before cutting their connections. */
  shutdownGraceMs?: number;
  /** Fallback poll of live event streams (default 5 s); null turns it off so only NOTIFY delivers. */
  watchPollMs?: number | null;
  /** Outgoing mail (api/mail/mail-config.ts); without it mails are written to the log. */
  mail?: MailConfig;
  /** How often the mail sender looks for due mails (default 5 s). */
  mailIntervalMs?: number;
  /** Single sign-on (api/accounts/oidc/oidc-config.ts); none unless given. */
  oidc?: OidcConfig | null;
  /** Local passwords accepted (default true). */
  passwordSignIn?: boolean;
  /** Where people open the workspace (`TAMAYUZ_PUBLIC_URL`): links in mails, the sign-on redirect. */
  publicUrl?: string;
  /** Days before a self-assessment deadline its coordinators are reminded (default 3). */
  selfAssessmentReminderDays?: number;
  /** Push body cap and per-token call rate of /api/v1 (see api/http/api-v1-route.ts). */
  apiV1Limits?: Partial<ApiV1Limits>;
  /** A lone mutation answered straight by its procedure (api/http/trpc-direct-call.ts); false: tRPC's handler answers every call. Default true. */
  directTrpcCalls?: boolean;
}

export interface App {
  server: Server;
  services: AppDeps;
  scheduler: TimerScheduler;
  /** Delivers the mail outbox; started with the timer scheduler. */
  mailSender: MailSender;
  logger: Logger;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (bounded), stops the timer scheduler. The database stays open: its owner closes it. */
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const db = productDb(options.handle.db);
  const registry = options.registry ?? productRegistry();
  const engine = new WorkflowEngine(options.handle.db, registry);
  const logger = options.logger ?? createLogger();
  const publicUrl = options.publicUrl ?? options.mail?.publicUrl ?? 'http://127.0.0.1:3000';
  const oidc = options.oidc ? new OidcSignIn(db, options.oidc, publicUrl, logger) : null;
  const services: AppDeps = {
    db,
    driver: options.handle.driver,
    engine,
    registry,
    visibility: options.visibility ?? productVisibility(),
    notifications: options.handle.notifications,
    identity: options.identity ?? localPasswordProvider(db),
    oidc,
    passwordSignIn: options.passwordSignIn ?? true,
    secureCookies: options.secureCookies ?? false,
    trustProxy: options.trustProxy ?? false,
    watchPollMs: options.watchPollMs,
  };
  // On a server, sessions are served from memory for a moment, and the database's announcements end
  // them everywhere at once. The embedded database has no round trip to save: it is always asked.
  const unfollowSessions =
    options.handle.driver === 'postgres'
      ? sessionCache.follow(options.handle.notifications).catch((err: unknown) => {
          logger.error({ err }, 'could not follow session changes');
          return async () => {};
        })
      : Promise.resolve(async () => {});
  // Errors tRPC raises before a procedure runs come out as text/plain otherwise; they are JSON.
  const responseMeta: DirectResponseMeta = ({ errors, eagerGeneration }) =>
    errors.length > 0 && !eagerGeneration ? { headers: { 'content-type': 'application/json' } } : {};
  const onError = ({ error, path, req }: { error: TRPCError; path: string | undefined; req: IncomingMessage }) => {
    if (error.code === 'INTERNAL_SERVER_ERROR')
      logger.error({ reqId: requestInfo(req)?.id, procedure: path, err: error.cause ?? error }, 'procedure failed');
  };
  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: trpcBasePath,
    createContext: ({ req, res }) => createContext(services, req, res),
    responseMeta,
    onError,
  });
  // A lone mutation (every write the web app sends) skips the handler's Fetch-API round trip, same answer.
  const direct = directMutationCall({
    router: appRouter,
    createContext: (req, res) => createContext(services, req, res),
    responseMeta,
    onError,
  });
  const trpc = trpcRoute({
    services,
    handler: trpcHandler,
    direct: options.directTrpcCalls === false ? undefined : direct,
    limits: options.bodyLimits ?? defaultBodyLimits,
    logger,
  });
  const signOn = oidcRoutes({
    db,
    signIn: oidc,
    secureCookies: services.secureCookies,
    publicUrl,
    logger,
    trustProxy: services.trustProxy,
  });
  // The command centre's targets are checked after each push of ticket events, and every minute.
  const thresholdWatch = new ThresholdWatch({ db, engine }, logger);
  const apiV1 = apiV1Route({
    services,
    limits: options.apiV1Limits,
    logger,
    afterCentreEvents: options.scheduler === false ? undefined : () => thresholdWatch.nudge(),
  });
  const evidenceFiles = evidenceFileRoute(services);
  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : null;
  const headers = securityHeaders({ https: services.secureCookies });
  const inFlight = new InFlightRequests();
  let stopping = false;
  const health = healthProbes({ db: options.handle.db, migrations: Object.keys(allMigrations), stopping: () => stopping });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const info = beginRequest(req);
    inFlight.track(res);
    logWhenDone(logger, req, res, info);
    logger.debug({ reqId: info.id, method: req.method }, 'request started');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('X-Request-Id', info.id);
    if (stopping) res.setHeader('Connection', 'close');
    const url = req.url ?? '/';
    if (url.startsWith(trpcBasePath)) return trpc(req, res, info);
    if (url.startsWith(apiV1BasePath)) return apiV1(req, res, info);
    if (url.startsWith(evidenceFileBasePath)) return evidenceFiles(req, res, info);
    const pathname = url.split('?')[0];
    if (pathname?.startsWith(oidcBasePath)) {
      info.route = 'sso';
      return signOn(req, res);
    }
    if (pathname === '/healthz' || pathname === '/readyz') {
      info.route = 'health';
      return pathname === '/healthz' ? health.healthz(res) : health.readyz(res);
    }
    info.route = 'static';
    const outcome = serveStatic?.(req, res) ?? 'not-found';
    if (outcome === 'bad-path') sendJsonError(res, 400, 'errors.badRequest');
    else if (outcome === 'not-found') sendJsonError(res, 404, 'errors.notFound');
  }

  const server = createServer(withErrorBoundary(handle, logger));
  server.on('clientError', answerClientError(logger, headers));

  const intervalMs = typeof options.scheduler === 'object' ? options.scheduler.intervalMs : 1000;
  const scheduler = new TimerScheduler(engine, {
    intervalMs,
    onError: (err) => logger.error({ err }, 'timer scheduler tick failed'),
  });
  const mailSender = new MailSender(db, {
    config: options.mail ?? {
      transport: null,
      from: 'Tamayuz <no-reply@tamayuz.invalid>',
      publicUrl: 'http://127.0.0.1:3000',
      digestHourUtc: 5,
    },
    logger,
    intervalMs: options.mailIntervalMs,
  });
  let housekeeping: NodeJS.Timeout | null = null;
  let reminders: NodeJS.Timeout | null = null;
  let stopImportSweeper: (() => void) | null = null;
  if (options.scheduler !== false) {
    scheduler.start();
    mailSender.start();
    stopImportSweeper = startImportSweeper(db, options.handle.driver);
    thresholdWatch.start();
    housekeeping = setInterval(
      () => void purgeStaleAccountRows(db).catch((err: unknown) => logger.error({ err }, 'housekeeping failed')),
      10 * 60_000,
    );
    housekeeping.unref();
    const remind = () =>
      void remindSelfAssessmentDeadlines(db, engine.clock(), options.selfAssessmentReminderDays).catch((err: unknown) =>
        logger.error({ err }, 'self-assessment reminders failed'),
      );
    remind();
    reminders = setInterval(remind, 60_000);
    reminders.unref();
  }

  let closing: Promise<void> | null = null;
  async function shutDown(): Promise<void> {
    stopping = true;
    if (housekeeping) clearInterval(housekeeping);
    if (reminders) clearInterval(reminders);
    stopImportSweeper?.();
    const thresholdsStopped = thresholdWatch.stop();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    inFlight.closeConnectionsAfterAnswers();
    inFlight.endEventStreams();
    const graceMs = options.shutdownGraceMs ?? 10_000;
    // The timer in hand commits (its claim is released) unless the database hangs past the grace period.
    const graceOver = new Promise<'grace over'>((resolve) => setTimeout(() => resolve('grace over'), graceMs).unref());
    const [, timers, drained] = await Promise.all([
      Promise.race([mailSender.stop(), graceOver]),
      Promise.race([scheduler.stop().then(() => 'stopped' as const), graceOver]),
      inFlight.drained(graceMs),
    ]);
    if (timers !== 'stopped') logger.warn({ graceMs }, 'timer scheduler still busy after the grace period');
    if (!drained) logger.warn({ unfinished: inFlight.size, graceMs }, 'shutdown grace period over; closing the remaining connections');
    server.closeAllConnections();
    await closed;
    await thresholdsStopped;
    await engine.flushNotices();
    await (await unfollowSessions)();
  }

  return {
    server,
    services,
    scheduler,
    mailSender,
    logger,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://${host}:${actual}`);
        });
      });
    },
    close() {
      closing ??= shutDown();
      return closing;
    },
  };
}
