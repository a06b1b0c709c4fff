import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withErrorBoundary } from '../../api/http/error-boundary.ts';
import { capturedLogger } from './captured-logger.ts';

describe('the error boundary around request handlers', () => {
  let server: Server;
  let url: string;
  const { logger, lines } = capturedLogger();
  beforeAll(async () => {
    server = createServer(
      withErrorBoundary((req, res) => {
        switch (req.url) {
          case '/throws':
            throw new Error('boom in a handler');
          case '/rejects':
            return Promise.reject(new Error('boom after an await'));
          case '/throws-mid-answer':
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.write('partial');
            throw new Error('boom mid-answer');
          default:
            res.end('fine');
        }
      }, logger),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 500 with a message key for a throw or a rejection, logs it, and keeps serving', async () => {
    for (const path of ['/throws', '/rejects']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(500);
      const body = (await res.json()) as { error: { data: { messageKey: string } } };
      expect(body.error.data.messageKey).toBe('errors.internal');
      expect(JSON.stringify(body)).not.toContain('boom');
      expect((await fetch(`${url}/`)).status).toBe(200);
    }
    const failures = lines.filter((l) => l.msg === 'request handler failed');
    expect(failures.map((l) => (l.err as { message: string }).message)).toEqual(['boom in a handler', 'boom after an await']);
  });

  it('cuts the connection when the answer had already begun, and keeps serving', async () => {
    await expect(fetch(`${url}/throws-mid-answer`).then((res) => res.text())).rejects.toThrow();
    expect(await (await fetch(`${url}/`)).text()).toBe('fine');
  });
});
