import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./api-process-entry.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the API process did between `measureStart` and `measureEnd`. */
export interface ProcessMeasure {
  /** Statements its pool sent, or null when it was not started to count them. */
  statements: number | null;
  cpuMs: number;
}

export interface ApiProcess {
  url: string;
  measureStart(): Promise<void>;
  /** Waits for its pending notices to go out, then answers its statements and CPU time since `measureStart`. */
  measureEnd(): Promise<ProcessMeasure>;
  stop(): Promise<void>;
}

/** An API process of the bench (api-process-entry.ts) on `databaseUrl`, with an IPC channel for its figures. */
export async function startApiProcess(
  databaseUrl: string,
  poolSize: number,
  options: { countStatements?: boolean } = {},
): Promise<ApiProcess> {
  // BENCH_API_NODE_ARGS, say `--cpu-prof --cpu-prof-dir=/tmp/prof`, profiles the API process alone.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_POOL: String(poolSize),
      BENCH_COUNT_STATEMENTS: options.countStatements ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`API process ended before it served\n${stderr.slice(-2000)}`));
    });
  });
  const ask = <T>(type: string, answer: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type?: string }) => {
        if (message.type !== answer) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      if (!child.send({ type })) reject(new Error(`API process took no ${type}`));
    });
  return {
    url,
    async measureStart() {
      await ask('measure-start', 'measure-started');
    },
    async measureEnd() {
      const { statements, cpuMs } = await ask<ProcessMeasure>('measure-end', 'measured');
      return { statements, cpuMs };
    },
    async stop() {
      child.kill('SIGTERM');
      const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(hard);
    },
  };
}
