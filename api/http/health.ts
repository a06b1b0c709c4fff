import type { ServerResponse } from 'node:http';
import { sql, type Kysely } from 'kysely';
import type { EngineTables } from '../../engine/db/schema.ts';

export type Readiness = 'ready' | 'stopping' | 'migrations-pending' | 'database-unavailable';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

/**
 * Probes for a process manager or load balancer. /healthz: the process answers. /readyz: this process
 * should get traffic — not shutting down, the database answers, and every migration this build knows
 * is applied. One query per probe, shared by probes that arrive while it runs.
 */
export function healthProbes(options: { db: Kysely<EngineTables>; migrations: string[]; stopping: () => boolean; timeoutMs?: number }) {
  const timeoutMs = options.timeoutMs ?? 2000;
  let pending: Promise<Readiness> | null = null;

  async function check(): Promise<Readiness> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('readiness query timed out')), timeoutMs);
      timer.unref();
    });
    try {
      const { rows } = await Promise.race([sql<{ name: string }>`select name from kysely_migration`.execute(options.db), timeout]);
      const applied = new Set(rows.map((r) => r.name));
      return options.migrations.every((m) => applied.has(m)) ? 'ready' : 'migrations-pending';
    } catch {
      return 'database-unavailable';
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    healthz(res: ServerResponse): void {
      sendJson(res, 200, { status: 'ok' });
    },
    async readyz(res: ServerResponse): Promise<void> {
      if (options.stopping()) return sendJson(res, 503, { status: 'stopping' satisfies Readiness });
      pending ??= check().finally(() => {
        pending = null;
      });
      const status = await pending;
      sendJson(res, status === 'ready' ? 200 : 503, { status });
    },
  };
}
