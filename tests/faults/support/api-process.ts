import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./api-entry.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface ApiProcess {
  url: string;
  pid: number;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<string>;
  /** Everything the process wrote to stderr so far (warnings, logged errors). */
  stderr(): string;
  isRunning(): boolean;
  /** `kill -9`: no shutdown hook runs, connections are cut mid-statement. */
  crash(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not ended within 10 s. */
  stop(): Promise<void>;
}

/** Starts an API process on `databaseUrl` and waits (bounded) until it serves. */
export async function startApiProcess(databaseUrl: string, options: { schedulerMs?: number | 'off' } = {}): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, TAMAYUZ_TEST_SCHEDULER_MS: String(options.schedulerMs ?? 200) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Always drained: a full pipe would block the child.
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let running = true;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve(signal ?? String(code));
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => fail(new Error('API process did not start within 60 s')), 60_000);
    const check = () => {
      const m = /listening (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timeout);
        child.stdout!.off('data', check);
        resolve(m[1]!);
      }
    };
    const fail = (err: Error) => {
      clearTimeout(timeout);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n${stderr.slice(-3000)}`));
    };
    child.stdout!.on('data', check);
    void exited.then((how) => fail(new Error(`API process ended (${how}) before it served`)));
  });
  return {
    url,
    pid: child.pid!,
    exited,
    stderr: () => stderr,
    isRunning: () => running,
    async crash() {
      if (running) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!running) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
