import type { ServerResponse } from 'node:http';

/**
 * Closes the connection after an answer given without reading the request body (413, 403, ...).
 * The answer says `Connection: close`, so a client never sends its next request down this
 * connection (it would meet the closing socket and fail). Cutting it at once makes the kernel
 * reset it while the client is still sending, and the client loses the answer; so: half-close
 * (the client reads the answer, then end-of-stream), discard whatever still arrives for a moment
 * without keeping it, then cut. Must be called before the answer's headers are written.
 */
export function closeAfterAnswer(res: ServerResponse, lingerMs = 2000): void {
  res.setHeader('Connection', 'close');
  const socket = res.req.socket;
  // Node ends a `Connection: close` answer's socket with destroySoon(), a full close as soon as
  // the answer is flushed: only the half-close here, the cut comes after the linger below.
  socket.destroySoon = () => {
    socket.end();
  };
  res.once('finish', () => {
    socket.end();
    res.req.resume();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  });
}
