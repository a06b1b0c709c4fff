import { expect } from 'vitest';
import { hasErrorText } from '../support/error-texts.ts';

export interface Answer {
  status: number;
  messageKey: string | null;
  data: unknown;
}

/**
 * One tRPC call over HTTP, as a browser would make it, with the body as given: fuzzed bodies
 * (JSON nested 100,000 levels) are beyond what the tRPC client can serialise.
 */
export async function call(
  baseUrl: string,
  cookie: string,
  procedure: string,
  body: string,
  kind: 'mutation' | 'query' = 'mutation',
): Promise<Answer> {
  const headers = { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie };
  const res =
    kind === 'mutation'
      ? await fetch(`${baseUrl}/trpc/${procedure}`, { method: 'POST', headers, body })
      : await fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(body)}`, { headers });
  const text = await res.text();
  let json: { result?: { data: unknown }; error?: { data?: { messageKey?: string } } };
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${procedure} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, messageKey: json.error?.data?.messageKey ?? null, data: json.result?.data };
}

/** The contract every fuzzed input must meet: success, or a 4xx with a key both languages translate. Never a 5xx. */
export function expectHandled(answer: Answer, input: string): void {
  const where = `input ${input.slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.messageKey, where).toEqual(expect.any(String));
    expect(hasErrorText(answer.messageKey!), `${answer.messageKey} has an English and an Arabic text (${where})`).toBe(true);
  }
}

/** Cases run per property on each database: enough to find the classes of failure, few enough to take seconds. */
export const fuzzRuns = { medium: 60, large: 100 } as const;

/** Counts what a fuzz run did, for the log line the report quotes. */
export class FuzzTally {
  private readonly counts = new Map<string, number>();
  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  toString(): string {
    return [...this.counts.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
  }
}
