import type { ServerResponse } from 'node:http';

/**
 * Closes the connection after an answer given without reading the request body (413, 403, ...).
 * Cutting it at once makes the kernel reset it while the client is still sending, and the client
 * loses the answer; so: half-close (the client reads the answer, then end-of-stream), discard
 * whatever still arrives for a moment without keeping it, then cut.
 */
export function closeAfterAnswer(res: ServerResponse, lingerMs = 2000): void {
  res.once('finish', () => {
    const socket = res.req.socket;
    socket.end();
    res.req.resume();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  });
}
