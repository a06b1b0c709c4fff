import { rowCount } from '../support/row-count.ts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { signIn } from '../support/api-client.ts';
import { hasControlCharacter, hasVisibleCharacter } from '../../workflows/text/user-text.ts';
import { call, expectHandled, FuzzTally, fuzzRuns } from './fuzz-client.ts';
import { hostileText } from './hostile-input.ts';

describe.each(testDatabases())('fuzzing titles through the API on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let moi: string;
  const plans = () => rowCount(running.db, 'action_plans');

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    moi = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('stores a title only when it has something visible and no control character, exactly as trimmed', async () => {
    const tally = new FuzzTally();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileText,
          fc.tuple(hostileText, hostileText).map(([a, b]) => `${a}خطة${b}`),
        ),
        async (title) => {
          const before = await plans();
          const body = JSON.stringify({ entityId: 'ent-moi', title });
          const answer = await call(running.url, moi, 'actions.createPlan', body);
          expectHandled(answer, body);
          tally.add(answer.status === 200 ? '200 created' : `${answer.status} ${answer.messageKey}`);
          if (answer.status !== 200) {
            expect(await plans(), body).toBe(before);
            return;
          }
          const { id } = answer.data as { id: string };
          const stored = (await running.db.selectFrom('action_plans').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title;
          expect(stored).toBe(title.trim());
          expect(hasVisibleCharacter(stored) && !hasControlCharacter(stored, { oneLine: true }), JSON.stringify(stored)).toBe(true);
        },
      ),
      { numRuns: fuzzRuns.large },
    );
    console.info(`[fuzz] actions.createPlan title on ${target.name}: ${tally.total} cases (${tally})`);
    expect(tally.total).toBeGreaterThanOrEqual(fuzzRuns.large);
  });
});
