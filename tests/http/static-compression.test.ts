import { existsSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../api/http/accept-encoding.ts';
import { precompressDir } from '../../web/build/precompress.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { secretMarker, webFixture, type WebFixture } from './web-fixture.ts';

const pglite = testDatabases().find((t) => t.name === 'pglite')!;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body comes back as the bytes on the wire: node:http never decompresses. */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('accepted encodings', () => {
  it('reads Accept-Encoding by quality, brotli before gzip among equals, q=0 refusing', () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('')).toEqual([]);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('br;q=0.4, gzip;q=0.9')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.5, gzip;q=0')).toEqual(['br']);
    expect(acceptedEncodings('BR ; Q=1')).toEqual(['br']);
    expect(acceptedEncodings('br;q=nonsense, gzip;q=7')).toEqual([]);
  });
});

describe('precompressed static files', () => {
  let db: TestDatabase;
  let web: WebFixture;
  let running: RunningApp;
  const js = `${Array.from({ length: 400 }, (_, i) => `export const label${i} = "تميّز ${i}";`).join('\n')}\n`;
  const html = `<!doctype html><html><body><div id="root">fixture app</div>${'<!-- padding -->'.repeat(40)}</body></html>`;

  beforeAll(async () => {
    db = await pglite.create();
    web = webFixture();
    writeFileSync(join(web.webDir, 'index.html'), html);
    writeFileSync(join(web.webDir, 'assets', 'page-Ab12.js'), js);
    writeFileSync(join(web.webDir, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array(600).fill(7)]));
    writeFileSync(join(web.webDir, 'assets', 'stale.js'), js);
    writeFileSync(join(web.webDir, 'assets', 'escape.js'), js);
    await precompressDir(web.webDir);
    // A copy left from an older build: the file changed after it was compressed.
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(web.webDir, 'assets', 'stale.js.br'), past, past);
    utimesSync(join(web.webDir, 'assets', 'stale.js.gz'), past, past);
    // A "compressed copy" that is a link out of the web folder must not be followed.
    rmSync(join(web.webDir, 'assets', 'escape.js.br'));
    symlinkSync(join(web.webDir, '..', 'web-secret', 'secret.txt'), join(web.webDir, 'assets', 'escape.js.br'));
    running = await startTestApp(db, { staticDir: web.webDir, seed: false });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
    web?.close();
  });

  it('writes brotli and gzip copies of text files only', () => {
    const assets = join(web.webDir, 'assets');
    expect(existsSync(join(assets, 'page-Ab12.js.br'))).toBe(true);
    expect(existsSync(join(assets, 'page-Ab12.js.gz'))).toBe(true);
    expect(existsSync(join(web.webDir, 'index.html.br'))).toBe(true);
    expect(existsSync(join(assets, 'logo.png.br'))).toBe(false);
    expect(existsSync(join(assets, 'logo.png.gz'))).toBe(false);
    // Too small to gain anything: the fixture's 30-byte app.js.
    expect(existsSync(join(assets, 'app.js.br'))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(assets, 'page-Ab12.js.br'))).equals(Buffer.from(js))).toBe(true);
    expect(gunzipSync(readFileSync(join(assets, 'page-Ab12.js.gz'))).equals(Buffer.from(js))).toBe(true);
  });

  it('sends the brotli copy to a client that accepts it, with the headers of the original', async () => {
    const res = await get(running.url, '/assets/page-Ab12.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(js) / 4);
    expect(brotliDecompressSync(res.body).equals(Buffer.from(js))).toBe(true);
  });

  it('sends gzip where brotli is not accepted, and the file itself where neither is', async () => {
    const gz = await get(running.url, '/assets/page-Ab12.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).equals(Buffer.from(js))).toBe(true);

    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const plain = await get(running.url, '/assets/page-Ab12.js', accept ? { 'Accept-Encoding': accept } : {});
      expect(plain.headers['content-encoding'], accept).toBeUndefined();
      expect(plain.headers.vary, accept).toBe('Accept-Encoding');
      expect(Number(plain.headers['content-length']), accept).toBe(Buffer.byteLength(js));
      expect(plain.body.equals(Buffer.from(js)), accept).toBe(true);
    }
  });

  it('compresses index.html for client-side routes too, and keeps it revalidated', async () => {
    for (const path of ['/', '/workshops/abc', '/index.html']) {
      const res = await get(running.url, path, { 'Accept-Encoding': 'br' });
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString('utf8'), path).toBe(html);
    }
  });

  it('answers HEAD with the length of what a GET would send and no body', async () => {
    const res = await get(running.url, '/assets/page-Ab12.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(readFileSync(join(web.webDir, 'assets', 'page-Ab12.js.br')).length);
    expect(res.body.length).toBe(0);
  });

  it('never sends a copy older than its file, nor one that links out of the web folder', async () => {
    const stale = await get(running.url, '/assets/stale.js', { 'Accept-Encoding': 'br, gzip' });
    expect(stale.headers['content-encoding']).toBeUndefined();
    expect(stale.body.equals(Buffer.from(js))).toBe(true);

    const linked = await get(running.url, '/assets/escape.js', { 'Accept-Encoding': 'br, gzip' });
    expect(linked.headers['content-encoding']).toBe('gzip');
    expect(linked.body.toString('latin1')).not.toContain(secretMarker);
    expect(gunzipSync(linked.body).equals(Buffer.from(js))).toBe(true);
  });

  it('serves images as they are, with their type', async () => {
    const res = await get(running.url, '/assets/logo.png', { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body.length).toBe(604);
  });
});
