import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build:web` puts the web app that browser tests serve. */
export const webDist = 'dist/web';
const distIndex = join(webDist, 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** `npm test` builds first; a browser test run on its own builds here when the bundle is missing or stale. */
export function ensureWebBuilt(): void {
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestMtime('web')) return;
  execSync('npx vite build', { stdio: 'pipe' });
}
