import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../../api/mail/mail-config.ts';

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export interface SmtpCapture {
  port: number;
  messages: ParsedMail[];
  /** Mail settings that deliver to this server. */
  config(publicUrl: string, digestHourUtc?: number): MailConfig;
  /** Stops listening (an outage); `start()` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Polls until `count` messages arrived (generous limit: the machine may be loaded). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: ParsedMail[] = [];
  let port = 0;
  let server: SMTPServer | null = null;
  const listen = () => {
    const s = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    server = s;
    return new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.server.address() as AddressInfo).port;
        resolve();
      });
    });
  };
  await listen();
  return {
    get port() {
      return port;
    },
    messages,
    config: (publicUrl, digestHourUtc = 5) => ({
      transport: nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5000 }),
      from: 'Tamayuz <no-reply@tamayuz.test>',
      publicUrl,
      digestHourUtc,
    }),
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      return messages;
    },
  };
}
