import { Agent, request } from 'node:http';

/**
 * The load generator's client: the very request the tRPC client sends for `workflows.send`
 * (POST /trpc/workflows.send, a JSON body, the session cookie and the CSRF header) written with
 * node:http over a keep-alive agent, one socket per closed-loop client. The answer is read whole
 * and checked: a 200 whose tRPC result carries the new version, else the request failed.
 */
export function httpSender(baseUrl: string, cookie: string, clients: number) {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const send = (instanceId: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ id: instanceId, type: 'INCREMENT', payload: { by: 1 } });
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method: 'POST',
          path: '/trpc/workflows.send',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            cookie,
            'x-tamayuz-csrf': '1',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const version =
              res.statusCode === 200 ? (JSON.parse(text) as { result?: { data?: { version?: unknown } } }).result?.data?.version : null;
            if (typeof version === 'number') resolve();
            else reject(new Error(`workflows.send answered ${res.statusCode}: ${text.slice(0, 500)}`));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
