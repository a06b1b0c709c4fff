import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, type TestDatabase } from '../support/test-databases.ts';
import { parseResponse } from './raw-http.ts';

type Line = Record<string, unknown> & { msg?: string };

/**
 * The real entry point (api/main.ts) in its own process, stopped with SIGTERM while a request is in
 * flight. On the PostgreSQL server when the run has one (start-up is quicker), else embedded.
 */
describe('the API process on SIGTERM', () => {
  let db: TestDatabase | null = null;
  let dataDir: string | null = null;
  let child: ChildProcess;
  const lines: Line[] = [];
  const waiters: { match: (l: Line) => boolean; resolve: (l: Line) => void }[] = [];

  function waitForLine(match: (l: Line) => boolean): Promise<Line> {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => waiters.push({ match, resolve }));
  }

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      TAMAYUZ_WEB_DIR: join(tmpdir(), 'no-such-web-dir'),
    };
    const server = postgresDatabase();
    if (server) {
      db = await server.create();
      env.DATABASE_URL = db.url!;
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'tamayuz-main-'));
      env.TAMAYUZ_DATA_DIR = dataDir;
      delete env.DATABASE_URL;
    }
    child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout! }).on('line', (text) => {
      if (!text.startsWith('{')) return; // the human banner
      const line = JSON.parse(text) as Line;
      lines.push(line);
      for (const w of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, refuses new connections, stops and exits 0', { timeout: 180_000 }, async () => {
    const listening = await waitForLine((l) => l.msg === 'listening');
    const url = listening.url as string;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const body = JSON.stringify({ username: 'nobody', password: 'wrong' });
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      `POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await waitForLine((l) => l.msg === 'request started' && l.method === 'POST');

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await waitForLine((l) => l.msg === 'shutting down');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    socket.write(body.slice(5));
    await closed;
    const answer = parseResponse(Buffer.concat(chunks));
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).error.data.messageKey).toBe('errors.auth.invalidCredentials');

    expect(await exited).toBe(0);
    expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
    const logged = lines.find((l) => l.msg === 'request' && l.procedure === 'auth.login');
    expect(logged).toMatchObject({ status: 401, route: 'trpc' });
  });
});
