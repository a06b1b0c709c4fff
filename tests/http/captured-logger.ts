import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../api/http/logger.ts';

export type LogLine = Record<string, unknown> & { msg?: string; level: number };

/** A logger whose JSON lines are kept, parsed and raw, for a test to read. */
export function capturedLogger(level = 'debug'): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines, text: () => raw.join('\n') };
}
