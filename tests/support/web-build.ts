import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Where `npm run build:web` puts the web app that browser tests serve. */
export const webDist = 'dist/web';
const distIndex = join(webDist, 'index.html');

/**
 * Everything the bundle is made from: the web app, the shared code it imports (workflows/,
 * api/ and engine/ types and constants), and the build's own configuration. Over-approximate
 * on purpose: a needless rebuild costs a minute, a stale bundle a wrong test result.
 */
const sources = ['web', 'workflows', 'api', 'engine', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the bundle in dist/web cannot be served as it is, or null when it is up to date. */
export function webBuildProblem(root = '.'): string | null {
  const index = join(root, distIndex);
  if (!existsSync(index)) return `${distIndex} is missing`;
  const built = statSync(index).mtimeMs;
  const changed = sources.find((s) => newestMtime(join(root, s)) > built);
  return changed ? `${changed} changed after ${distIndex} was built` : null;
}

const lockFile = '.tmp/web-build.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One builder at a time across the run's parallel test files: an O_EXCL lock file holding the builder's pid. */
async function withBuildLock<T>(body: () => Promise<T>): Promise<T> {
  mkdirSync('.tmp', { recursive: true });
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      // A builder that died (Ctrl-C) leaves its lock behind; anyone may clear it.
      if (holder && !isAlive(holder)) rmSync(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500)); // another file is building: wait for its result
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * `npm test` builds before Vitest starts; a browser test run on its own (or after an edit)
 * rebuilds a missing or stale bundle here, once per run, and fails if the build fails. It
 * never skips: a browser test that did not run would look the same as one that passed.
 */
export async function ensureWebBuilt(): Promise<void> {
  if (webBuildProblem() === null) return;
  await withBuildLock(async () => {
    // Whoever held the lock before us may have built it already.
    const problem = webBuildProblem();
    if (problem === null) return;
    console.warn(`[web-build] ${problem}: running vite build`);
    try {
      // The bundle that ships: Vitest's NODE_ENV=test would otherwise give React's development build.
      await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_ENV: 'production' },
      });
    } catch (err) {
      const { stdout, stderr } = err as { stdout?: string; stderr?: string };
      throw new Error(`vite build failed; browser tests cannot run without the web app:\n${stderr ?? ''}${stdout ?? ''}`, { cause: err });
    }
  });
  const problem = webBuildProblem();
  if (problem !== null) throw new Error(`vite build ran but the bundle is still not usable: ${problem}`);
}
