import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server that lives for one test run; `url` connects as the superuser. */
export interface ThrowawayCluster {
  url: string;
  /** The temp dir holding the data directory, socket and log; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
  /** Blocking variant for `process.on('exit')`, where nothing asynchronous runs any more. */
  stopSync(): void;
  /** `pg_ctl restart -m <mode>`: every connection is cut (57P01), the server is back on the same port. Fault tests only. */
  restart(mode?: ShutdownMode): Promise<void>;
  /** Takes the server down (and waits until the postmaster is gone), keeping the data for `startServer()`. */
  stopServer(mode?: ShutdownMode): Promise<void>;
  startServer(): Promise<void>;
}

export type ShutdownMode = 'smart' | 'fast' | 'immediate';

const DIR_PREFIX = 'tamayuz-pg-';
const OWNER_FILE = 'tamayuz-owner.pid';

/** Debian puts server binaries outside PATH; prefer 15 (what production runs), else the newest present. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.TAMAYUZ_PG_BIN) candidates.push(env.TAMAYUZ_PG_BIN);
  candidates.push('/usr/lib/postgresql/15/bin');
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A process that has exited but not yet been reaped (a zombie) counts as gone: it holds no port, file or lock. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No /proc (not Linux): kill(0) has answered. Gone in between: gone.
    return !existsSync('/proc');
  }
}

/**
 * `pg_ctl stop -w` returns once postmaster.pid is removed, which the postmaster does a moment
 * before it exits; and once exited it stays a zombie until its parent (init, after pg_ctl
 * daemonised it) reaps it, which under load took over a second here. Wait (bounded) until gone.
 */
export async function waitUntilGone(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} still alive ${timeoutMs} ms after it was stopped`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * initdb refuses to run as root, so as root every server command runs as the `postgres` OS user;
 * as an ordinary user the cluster simply belongs to that user.
 */
async function postgresUserIds(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

function command(asPostgres: boolean, bin: string, args: string[]): [string, string[]] {
  return asPostgres ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/**
 * A crashed or killed run leaves its temp dir and maybe a running postmaster behind. Clean those
 * whose owning test process is gone; leave alone clusters of runs that are still going (several
 * people run the suite on one machine).
 */
async function removeAbandonedClusters(bin: string, asPostgres: boolean): Promise<void> {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (!statSync(dir).isDirectory()) continue;
      const owner = readPid(join(dir, OWNER_FILE));
      if (owner !== null && isAlive(owner)) continue;
      // No owner file: the dir is still being set up by someone, unless it is old.
      if (owner === null && Date.now() - statSync(dir).mtimeMs < 10 * 60_000) continue;
      const dataDir = join(dir, 'data');
      const postmaster = readPid(join(dataDir, 'postmaster.pid'));
      if (postmaster !== null && isAlive(postmaster)) {
        const [cmd, args] = command(asPostgres, join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
        await run(cmd, args).catch(() => undefined);
        await waitUntilGone(postmaster);
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run may be cleaning the same dir at the same moment; nothing to do.
    }
  }
}

/** Starts a fresh PostgreSQL cluster on a temp dir and a free port, or returns null when the server binaries are missing. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const ids = await postgresUserIds();
  const asPostgres = ids !== null;
  await removeAbandonedClusters(bin, asPostgres);

  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), `${process.pid}\n`);
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  const exec = (binary: string, args: string[]) => {
    const [cmd, argv] = command(asPostgres, binary, args);
    return run(cmd, argv, { maxBuffer: 16 * 1024 * 1024 });
  };

  try {
    await exec(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Durability is pointless for a throwaway cluster; connections: concurrency tests open many at once.
    appendFileSync(
      join(dataDir, 'postgresql.conf'),
      [
        '',
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 300',
        'shared_buffers = 64MB',
        "timezone = 'UTC'",
        'log_min_messages = warning',
        '',
      ].join('\n'),
    );

    // The port is free when probed but could be taken before the server binds it; retry a few times.
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      try {
        await exec(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port}`]);
        let stopped = false;
        const stopArgs = ['stop', '-D', dataDir, '-m', 'fast', '-w'];
        const postmasterPid = () => readPid(join(dataDir, 'postmaster.pid'));
        const stopServer = async (mode: ShutdownMode) => {
          const pid = postmasterPid();
          await exec(pgCtl, ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '60']);
          if (pid !== null) await waitUntilGone(pid);
        };
        // `-l`: without a log file the server would inherit pg_ctl's stdout and the call never return.
        const startServer = () => exec(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port}`]);
        return {
          url: `postgres://postgres@127.0.0.1:${port}/postgres`,
          dir,
          async stop() {
            if (stopped) return;
            stopped = true;
            const pid = postmasterPid();
            await exec(pgCtl, stopArgs).catch(() => undefined);
            if (pid !== null) await waitUntilGone(pid).catch(() => undefined);
            rmSync(dir, { recursive: true, force: true });
          },
          async restart(mode = 'fast') {
            await exec(pgCtl, ['restart', '-D', dataDir, '-m', mode, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port}`]);
          },
          stopServer: (mode = 'fast') => stopServer(mode),
          async startServer() {
            await startServer();
          },
          stopSync() {
            if (stopped) return;
            stopped = true;
            const [cmd, argv] = command(asPostgres, pgCtl, stopArgs);
            try {
              execFileSync(cmd, argv, { stdio: 'ignore' });
            } catch {
              // Already down; the dir still goes.
            }
            rmSync(dir, { recursive: true, force: true });
          },
        };
      } catch (error) {
        lastError = error;
      }
    }
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    throw new Error(`PostgreSQL test cluster failed to start: ${String(lastError)}\n${log}`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
