import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package; tests never download a browser. */
export const CHROMIUM_PATH = process.env.TAMAYUZ_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium; browser tests get it from `useBrowserApp` (browser-fixture.ts), which closes it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (what .ci/run does) ` +
        'or point TAMAYUZ_CHROMIUM at a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox: CI runs as root. The rest keeps Chromium from reaching out to the network on its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
