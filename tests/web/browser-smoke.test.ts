import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const page = `<!doctype html>
<html lang="ar" dir="rtl">
  <body>
    <p id="count">0</p>
    <button id="add" type="button">أضف</button>
    <script>
      document.getElementById('add').addEventListener('click', () => {
        const el = document.getElementById('count');
        el.textContent = String(Number(el.textContent) + 1);
      });
    </script>
  </body>
</html>`;

describe('headless Chromium', () => {
  let server: Server;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('loads a page, clicks a button and sees the DOM change', async () => {
    const tab = await browser.newPage();
    await tab.goto(baseUrl);
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.textContent('#count')).toBe('0');
    await tab.getByRole('button', { name: 'أضف' }).click();
    await tab.getByRole('button', { name: 'أضف' }).click();
    // Two clicks from 0: 0 + 1 + 1 = 2.
    expect(await tab.textContent('#count')).toBe('2');
    await tab.close();
  });
});
