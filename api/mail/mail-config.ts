import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/** How mail leaves the process: an SMTP server, or (unconfigured) the log. */
export interface MailConfig {
  /** null: no SMTP server is configured; mails are written to the log and marked sent. */
  transport: Transporter | null;
  from: string;
  /** Base of the links in mails, e.g. `https://tamayuz.example.gov`. */
  publicUrl: string;
  /** The hour (UTC, 0–23) daily digests go out. */
  digestHourUtc: number;
}

/**
 * Mail settings from the environment: `TAMAYUZ_SMTP_URL` (`smtp://user:pass@host:587`,
 * `smtps://…` for implicit TLS) or `TAMAYUZ_SMTP_HOST` + `_PORT` + `_USER` + `_PASS` + `_SECURE=1`;
 * `TAMAYUZ_MAIL_FROM`, `TAMAYUZ_PUBLIC_URL`, `TAMAYUZ_MAIL_DIGEST_HOUR`.
 */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env, fallbackPublicUrl = 'http://127.0.0.1:3000'): MailConfig {
  let transport: Transporter | null = null;
  if (env.TAMAYUZ_SMTP_URL) transport = nodemailer.createTransport(env.TAMAYUZ_SMTP_URL);
  else if (env.TAMAYUZ_SMTP_HOST)
    transport = nodemailer.createTransport({
      host: env.TAMAYUZ_SMTP_HOST,
      port: Number(env.TAMAYUZ_SMTP_PORT ?? 587),
      secure: env.TAMAYUZ_SMTP_SECURE === '1',
      auth: env.TAMAYUZ_SMTP_USER ? { user: env.TAMAYUZ_SMTP_USER, pass: env.TAMAYUZ_SMTP_PASS ?? '' } : undefined,
    });
  const hour = Number(env.TAMAYUZ_MAIL_DIGEST_HOUR ?? 5);
  return {
    transport,
    from: env.TAMAYUZ_MAIL_FROM ?? 'Tamayuz <no-reply@tamayuz.invalid>',
    publicUrl: env.TAMAYUZ_PUBLIC_URL ?? fallbackPublicUrl,
    digestHourUtc: Number.isInteger(hour) && hour >= 0 && hour < 24 ? hour : 5,
  };
}
