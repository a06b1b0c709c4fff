import { createApp, type App, type AppOptions } from '../../api/app.ts';
import { createLogger } from '../../api/http/logger.ts';
import type { DB } from '../../api/db/schema.ts';
import type { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { VisibilityRules } from '../../api/access/visibility-rules.ts';
import type { DatabaseHandle } from '../../engine/db/connect.ts';
import { loadSeeds } from '../../seeds/loader.ts';

export interface RunningApp {
  app: App;
  url: string;
  db: DB;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral loopback port, over a database the caller owns. */
export async function startTestApp(
  handle: DatabaseHandle,
  options: {
    registry?: WorkflowRegistry;
    visibility?: VisibilityRules;
    seed?: boolean;
    staticDir?: string;
    scheduler?: boolean;
    watchPollMs?: number | null;
  } & Pick<
    AppOptions,
    'trustProxy' | 'identity' | 'logger' | 'bodyLimits' | 'shutdownGraceMs' | 'mail' | 'apiV1Limits' | 'directTrpcCalls'
  > = {},
): Promise<RunningApp> {
  const app = createApp({
    handle,
    registry: options.registry,
    visibility: options.visibility,
    staticDir: options.staticDir,
    scheduler: options.scheduler ?? false,
    trustProxy: options.trustProxy,
    identity: options.identity,
    // Quiet test output; a test that reads the log passes its own.
    logger: options.logger ?? createLogger({ level: 'silent' }),
    bodyLimits: options.bodyLimits,
    shutdownGraceMs: options.shutdownGraceMs,
    watchPollMs: options.watchPollMs,
    mail: options.mail,
    apiV1Limits: options.apiV1Limits,
    directTrpcCalls: options.directTrpcCalls,
  });
  const db = app.services.db;
  if (options.seed !== false) await loadSeeds(db, { demoUsers: true });
  const url = await app.listen(0);
  return { app, url, db, close: () => app.close() };
}
