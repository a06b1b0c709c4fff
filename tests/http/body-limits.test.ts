import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBodyLimits } from '../../api/http/body-limit.ts';
import { signIn } from '../support/api-client.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { parseResponse, rawRequest, type RawResponse } from './raw-http.ts';

const MiB = 1024 * 1024;

function post(url: string, path: string, body: string, cookie?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' };
  if (cookie) headers.cookie = cookie;
  return fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body });
}

async function messageKey(res: Response): Promise<string | undefined> {
  const body = (await res.json()) as { error?: { data?: { messageKey?: string } } } | { error?: { data?: { messageKey?: string } } }[];
  return (Array.isArray(body) ? body[0] : body)?.error?.data?.messageKey;
}

/** A login body of about `bytes` bytes: the password padded out. */
const loginOf = (bytes: number) => JSON.stringify({ username: 'pm', password: 'x'.repeat(bytes) });

/**
 * Streams a chunked body 64 KiB at a time until the server answers; returns the answer and how many
 * bytes had gone out by then. A server that buffered everything would never answer.
 */
function streamUntilAnswered(baseUrl: string, path: string): Promise<{ response: RawResponse; sent: number }> {
  const { hostname, port } = new URL(baseUrl);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let sent = 0;
    let answered = false;
    socket.setTimeout(60_000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (data) => {
      received.push(data);
      answered = true;
    });
    socket.on('error', (err) => (received.length > 0 ? undefined : reject(err)));
    socket.on('close', () => {
      try {
        resolve({ response: parseResponse(Buffer.concat(received)), sent });
      } catch (err) {
        reject(err);
      }
    });
    socket.write(
      `POST /trpc/${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const pump = () => {
      while (!answered && !socket.destroyed) {
        const ok = socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString('latin1')}\r\n`);
        sent += chunk.length;
        if (!ok) return void socket.once('drain', pump);
      }
      // Answer read: stop sending and let the server's close end the exchange.
    };
    socket.once('connect', pump);
  });
}

describe.each(testDatabases())('request-body limits on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: string;
  let coordinator: string;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = await signIn(running.url, 'pm', 'pm-demo-2026');
    coordinator = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses a declared 150 MB sign-in at once, from the headers alone', async () => {
    // Only the head is sent: a server that waited for (or buffered) the body would never answer.
    const res = await rawRequest(
      running.url,
      `POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nContent-Length: ${150 * 1000 * 1000}\r\n\r\n`,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.data.messageKey).toBe('errors.payloadTooLarge');
  });

  it('stops reading a chunked anonymous body past the cap and answers 413', async () => {
    const { response, sent } = await streamUntilAnswered(running.url, 'auth.login');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.data.messageKey).toBe('errors.payloadTooLarge');
    // The client could only push what fits in socket buffers past the 16 KiB cap, nowhere near 150 MB.
    expect(sent).toBeLessThan(64 * MiB);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('caps anonymous calls small, whatever procedure they name', async () => {
    const res = await post(running.url, 'auth.login', loginOf(defaultBodyLimits.anonymous + 1));
    expect(res.status).toBe(413);
    expect(await messageKey(res)).toBe('errors.payloadTooLarge');
    // Naming an import procedure does not buy an anonymous caller the import cap.
    const csv = JSON.stringify({ kind: 'survey_answers', mode: 'refuse', csv: 'x'.repeat(2 * MiB) });
    const anonymousImport = await post(running.url, 'cx.importCsv', csv);
    expect(anonymousImport.status).toBe(413);
    // Nor does a forged session cookie.
    const forged = await post(running.url, 'cx.importCsv', csv, 'tamayuz_session=forged-token');
    expect(forged.status).toBe(413);
    // Under the cap the call goes through to the procedure (a wrong password here).
    const small = await post(running.url, 'auth.login', JSON.stringify({ username: 'nobody', password: 'wrong' }));
    expect(small.status).toBe(401);
  });

  it('says it will close the connection after a refused body, so the next request takes another one', async () => {
    for (let i = 0; i < 30; i++) {
      const res = await post(running.url, 'auth.login', loginOf(defaultBodyLimits.anonymous + 1));
      expect(res.status).toBe(413);
      expect(res.headers.get('connection')).toBe('close');
      await res.arrayBuffer();
      // Straight after, through the same client's pool: never sent down the closing connection.
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    }
  });

  it('caps signed-in calls at 1 MiB by default', async () => {
    const big = JSON.stringify({ locale: 'ar', padding: 'x'.repeat(defaultBodyLimits.signedIn) });
    const res = await post(running.url, 'auth.setLocale', big, coordinator);
    expect(res.status).toBe(413);
    expect(await messageKey(res)).toBe('errors.payloadTooLarge');
    const ok = await post(running.url, 'auth.setLocale', JSON.stringify({ locale: 'ar' }), coordinator);
    expect(ok.status).toBe(200);
  });

  it('gives the import procedures their own larger cap, for a signed-in caller', async () => {
    // 2 MiB: over the default, under the import cap. The file is refused for its contents, not its size.
    const csv = JSON.stringify({
      kind: 'survey_answers',
      mode: 'refuse',
      csv: `not,the,right,columns\n${'a,b,c,d\n'.repeat((2 * MiB) / 8)}`,
    });
    const res = await post(running.url, 'cx.importCsv', csv, pm);
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
    // A batch naming an import procedure gets the import cap too.
    const batch = await fetch(`${running.url}/trpc/auth.setLocale,cx.importCsv?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: pm },
      body: JSON.stringify({ 0: { locale: 'ar' }, 1: JSON.parse(csv) }),
    });
    expect(batch.status).not.toBe(413);
    // Past the import cap even the import is refused.
    const over = await rawRequest(
      running.url,
      `POST /trpc/cx.importCsv HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-tamayuz-csrf: 1\r\nCookie: ${pm}\r\nContent-Length: ${defaultBodyLimits.routes['cx.importCsv']! + 1}\r\n\r\n`,
    );
    expect(over.status).toBe(413);
  });
});
