import type { TFunction } from 'i18next';
import { directionOf, intlLocale, type Locale } from '../../web/i18n/locale.ts';
import { catalogueKey, hasText, mailLocale, translator } from './catalogue.ts';

/** What a queued mail holds, as the sender reads it back. */
export interface QueuedMail {
  locale: string;
  template: string;
  params: Record<string, unknown>;
  link: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** One notice as the inbox holds it (kind + params + link); a digest carries several. */
export interface NoticeContent {
  kind: string;
  params?: Record<string, unknown>;
  link?: string | null;
}

/** Templates rendered from notice kinds; any other template is `mail:<template>.subject` / `.body`. */
const noticeTemplates = new Set(['notice', 'digest']);

/** Whether `template` can be rendered in every language (checked when a mail is queued, so a typo fails the caller). */
export function isKnownTemplate(template: string): boolean {
  if (noticeTemplates.has(template)) return true;
  return (['ar', 'en'] as const).every((l) => hasText(l, `mail:${template}.subject`) && hasText(l, `mail:${template}.body`));
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Dates in the reader's calendar conventions (Arabic-Indic digits in Arabic), as the inbox shows them. */
function localised(locale: Locale, params: Record<string, unknown>): Record<string, unknown> {
  const tag = intlLocale[locale];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && isoDate.test(value))
      out[key] = new Intl.DateTimeFormat(tag, { calendar: 'gregory', dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
    else if (typeof value === 'string' && isoDateTime.test(value))
      out[key] = new Intl.DateTimeFormat(tag, { calendar: 'gregory', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
    else out[key] = value;
  }
  return out;
}

/** A notice's sentence; the generic sentence when its kind has no text in this language. */
function noticeText(t: TFunction, locale: Locale, notice: NoticeContent): string {
  const key = catalogueKey(notice.kind);
  return hasText(locale, key) ? String(t(key, localised(locale, notice.params ?? {}))) : String(t('mail:notice.fallback'));
}

function absolute(link: string | null | undefined, publicUrl: string): string | null {
  return link ? new URL(link, publicUrl).toString() : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function assemble(locale: Locale, subject: string, paragraphs: string[], links: (string | null)[]): RenderedMail {
  const dir = directionOf(locale);
  const text = paragraphs.join('\n\n');
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body dir="${dir}">${paragraphs
    .map((p, i) => {
      const link = links[i];
      const escaped = escapeHtml(p);
      return `<p>${link ? escaped.replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`) : escaped}</p>`;
    })
    .join('')}</body></html>`;
  return { subject, text, html };
}

/**
 * Subject and body of a queued mail in its recipient's language; `publicUrl` makes workspace
 * paths absolute. Every text comes from the catalogues: an unknown notice kind reads as the
 * generic "you have a new notice", never as its key.
 */
export function renderMail(mail: QueuedMail, publicUrl: string): RenderedMail {
  const locale = mailLocale(mail.locale);
  const t = translator(locale);
  const p = mail.params;
  const name = typeof p.name === 'string' ? p.name : '';
  const greeting = String(t('mail:greeting', { name }));
  const footer = String(t('mail:footer'));
  const link = absolute(mail.link, publicUrl);
  if (mail.template === 'notice') {
    const sentence = noticeText(t, locale, p as unknown as NoticeContent);
    const open = link ? String(t('mail:open', { link })) : null;
    return assemble(
      locale,
      String(t('mail:notice.subject', { notice: sentence })),
      [greeting, sentence, ...(open ? [open] : []), footer],
      [null, null, link, null],
    );
  }
  if (mail.template === 'digest') {
    const notices = (Array.isArray(p.notices) ? p.notices : []) as NoticeContent[];
    const lines = notices.map((n) => {
      const sentence = noticeText(t, locale, n);
      const at = absolute(n.link, publicUrl);
      return { line: at ? `• ${sentence}\n  ${at}` : `• ${sentence}`, at };
    });
    return assemble(
      locale,
      String(t('mail:digest.subject', { formatted: new Intl.NumberFormat(intlLocale[locale]).format(notices.length) })),
      [greeting, String(t('mail:digest.intro')), ...lines.map((l) => l.line), footer],
      [null, null, ...lines.map((l) => l.at), null],
    );
  }
  const params = localised(locale, p);
  const open = link ? String(t('mail:open', { link })) : null;
  return assemble(
    locale,
    String(t(`mail:${mail.template}.subject`, params)),
    [greeting, String(t(`mail:${mail.template}.body`, params)), ...(open ? [open] : []), footer],
    [null, null, link, null],
  );
}
