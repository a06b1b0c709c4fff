import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The server's structured logger: one JSON object per line on stdout (or `destination`).
 * `LOG_LEVEL` picks the level (default info); tests pass `silent` or a capturing stream.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  return options.destination ? pino({ level }, options.destination) : pino({ level });
}
