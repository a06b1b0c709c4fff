import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { refusal, signIn } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { participationLimits } from '../../api/participation/rate-limit.ts';
import { maxContributionChars } from '../../workflows/participation/identification.ts';
import { clientFrom, consultationFields } from './consultation-fixture.ts';

/**
 * The public procedures under abuse: rate limits per address and per account, the size cap,
 * and hostile input (markup, control characters, oversize, made-up ids) refused with
 * translated keys, never a 500, and nothing stored by a refusal.
 */
describe.each(testDatabases())('e-participation abuse resistance on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let id = '';
  let participantCookie = '';

  const contributions = async () =>
    Number(
      (
        await running.db
          .selectFrom('consultation_contributions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle, { trustProxy: true });
    const coordinator = clientFrom(running.url, '10.9.0.1', await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    participantCookie = await signIn(running.url, 'participant', 'participant-demo-2026');
    const now = new Date();
    const fields = consultationFields(now, {
      identification: 'anonymous',
      opensAt: new Date(now.getTime() - 60_000).toISOString(),
      closesAt: new Date(now.getTime() + 86_400_000).toISOString(),
    });
    id = (await coordinator.participation.manage.create.mutate({ entityId: 'ent-moh', ...fields })).id;
    // The open date has passed: confirming opens it at once.
    expect((await coordinator.participation.manage.schedule.mutate({ id })).phase).toBe('open');
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await handle?.close();
  });

  it('refuses the contribution past an address’s allowance, with a translated key, and stores nothing more', async () => {
    const visitor = clientFrom(running.url, '10.1.0.1');
    const allowance = participationLimits.contribute.perAddress;
    const before = await contributions();
    for (let i = 0; i < allowance; i++) await visitor.participation.public.contribute.mutate({ id, body: `view ${i}` });
    const refused = await refusal(visitor.participation.public.contribute.mutate({ id, body: 'one more' }));
    expect(refused).toEqual({ code: 'TOO_MANY_REQUESTS', messageKey: 'errors.participation.tooMany' });
    expect(hasErrorText(refused.messageKey!)).toBe(true);
    expect(await contributions()).toBe(before + allowance);
    // Another address is not held back by this one.
    await clientFrom(running.url, '10.1.0.2').participation.public.contribute.mutate({ id, body: 'from elsewhere' });
    expect(await contributions()).toBe(before + allowance + 1);
  });

  it('refuses past an account’s allowance even when each request comes from a new address', async () => {
    const allowance = participationLimits.contribute.perAccount;
    const before = await contributions();
    for (let i = 0; i < allowance; i++) {
      await clientFrom(running.url, `10.2.0.${i + 1}`, participantCookie).participation.public.contribute.mutate({ id, body: `mine ${i}` });
    }
    const last = clientFrom(running.url, '10.2.1.1', participantCookie);
    expect(await refusal(last.participation.public.contribute.mutate({ id, body: 'over' }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'errors.participation.tooMany',
    });
    expect(await contributions()).toBe(before + allowance);
  });

  it('caps a contribution’s size with its own message and takes one at the cap', async () => {
    const visitor = clientFrom(running.url, '10.3.0.1');
    const before = await contributions();
    expect(await refusal(visitor.participation.public.contribute.mutate({ id, body: 'x'.repeat(maxContributionChars + 1) }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.participation.contributionTooLong',
    });
    expect(await contributions()).toBe(before);
    await visitor.participation.public.contribute.mutate({ id, body: 'x'.repeat(maxContributionChars) });
    expect(await contributions()).toBe(before + 1);
    // Far beyond the cap the request body itself is too large for a visitor: still a translated refusal.
    const huge = await refusal(visitor.participation.public.contribute.mutate({ id, body: 'x'.repeat(40_000) }));
    expect(huge.code).toBe('PAYLOAD_TOO_LARGE');
    expect(hasErrorText(huge.messageKey!)).toBe(true);
  });

  it('answers hostile input with clear translated refusals, never a 500, and stores none of it', async () => {
    const visitor = clientFrom(running.url, '10.4.0.1');
    const before = await contributions();
    const cases: [string, () => Promise<unknown>, string][] = [
      ['unknown id', () => visitor.participation.public.get.query({ id: 'cons-does-not-exist' }), 'errors.participation.notFound'],
      ['path-like id', () => visitor.participation.public.get.query({ id: '../../etc/passwd' }), 'errors.participation.notFound'],
      ['quote in id', () => visitor.participation.public.get.query({ id: "x' or '1'='1" }), 'errors.participation.notFound'],
      ['NUL in a comment', () => visitor.participation.public.contribute.mutate({ id, body: 'a\u0000b' }), 'errors.text.invalidCharacter'],
      [
        'only invisible characters',
        () => visitor.participation.public.contribute.mutate({ id, body: '\u200b\u200f ' }),
        'errors.text.noVisibleCharacter',
      ],
      [
        'comment on unknown consultation',
        () => visitor.participation.public.contribute.mutate({ id: 'nope', body: 'hi' }),
        'errors.participation.notFound',
      ],
      [
        'report of unknown contribution',
        () => visitor.participation.public.report.mutate({ contributionId: 'nope', reason: 'x' }),
        'errors.participation.contributionNotFound',
      ],
      [
        'code for an anonymous poll',
        () => visitor.participation.public.requestCode.mutate({ id, email: 'a@example.org' }),
        'errors.participation.noCodeNeeded',
      ],
      ['bad e-mail', () => visitor.participation.public.requestCode.mutate({ id, email: '<script>@x' }), 'errors.participation.badEmail'],
      [
        'unknown attachment',
        () => visitor.participation.public.attachment.query({ id, attachmentId: 'nope' }),
        'errors.participation.attachmentNotFound',
      ],
    ];
    for (const [label, call, key] of cases) {
      const refused = await refusal(call());
      expect({ label, key: refused.messageKey }).toEqual({ label, key });
      expect(hasErrorText(key)).toBe(true);
    }
    expect(await contributions()).toBe(before);
  });

  it('never fails with a 500 on arbitrary ids and text from a visitor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), fc.string({ maxLength: 300 }), async (someId, text) => {
        const visitor = clientFrom(running.url, '10.5.0.1');
        for (const call of [
          () => visitor.participation.public.get.query({ id: someId }),
          () => visitor.participation.public.report.mutate({ contributionId: someId, reason: text }),
          () => visitor.participation.public.vote.mutate({ id: someId, answers: [{ questionId: text.slice(0, 40) || 'q', text }] }),
        ]) {
          const outcome = await call().then(
            () => null,
            (err: { data?: { code?: string; messageKey?: string } }) => err.data ?? {},
          );
          if (outcome === null) continue;
          expect(outcome.code).not.toBe('INTERNAL_SERVER_ERROR');
          expect(hasErrorText(outcome.messageKey ?? '')).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
