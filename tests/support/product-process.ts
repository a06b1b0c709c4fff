import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Tests that run the product as a newcomer does: the admin CLI and `api/main.ts` as child processes. */
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run admin -- …` as a newcomer types it, minus npm: the same script through tsx. */
export function runAdminCli(dbUrl: string, args: string[], options: { stdin?: string; publicUrl?: string } = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/admin.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbUrl, TAMAYUZ_PUBLIC_URL: options.publicUrl ?? 'https://tamayuz.example.gov' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export interface ServerProcess {
  url: string;
  stdout: () => string;
  stop: () => Promise<void>;
}

/** `npm start` without the web build: api/main.ts on the server database, on a free port, with no demo world. */
export function startServerProcess(dbUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        TAMAYUZ_SEED_DEMO: '',
        TAMAYUZ_WEB_DIR: '/nonexistent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const stopped = new Promise<void>((done) => child.on('close', () => done()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /is running at (http:\/\/\S+)/.exec(stdout);
      const stop = async () => {
        child.kill('SIGTERM');
        await stopped;
      };
      if (m?.[1]) resolve({ url: m[1], stdout: () => stdout, stop });
    });
    child.stderr.on('data', () => {});
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`server exited with ${code}: ${stdout}`)));
  });
}

/** One statement on its own connection (create a database, count rows) outside any app. */
export async function queryDatabase(url: string, text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}
