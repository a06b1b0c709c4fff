import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Marker text of files that must never be served. */
export const secretMarker = 'TOP-SECRET-7f3a9c';

export interface WebFixture {
  /** The folder the server serves. */
  webDir: string;
  close(): void;
}

/**
 * A tiny built web app in <tmp>/web, with secrets where a containment bug would reach them:
 * a sibling folder sharing the prefix (<tmp>/web-secret), the parent folder, and a dotfile.
 */
export function webFixture(): WebFixture {
  const base = mkdtempSync(join(tmpdir(), 'tamayuz-web-fixture-'));
  const webDir = join(base, 'web');
  mkdirSync(join(webDir, 'assets'), { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><body><div id="root">fixture app</div></body></html>');
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("fixture asset");');
  mkdirSync(join(base, 'web-secret'));
  writeFileSync(join(base, 'web-secret', 'secret.txt'), `${secretMarker} sibling`);
  writeFileSync(join(base, 'secret.txt'), `${secretMarker} parent`);
  return { webDir, close: () => rmSync(base, { recursive: true, force: true }) };
}
