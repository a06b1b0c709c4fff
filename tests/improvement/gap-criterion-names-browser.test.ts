import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { loadFramework } from '../../api/excellence/framework-store.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';

describe('gap pages name the criterion beside its code, in Arabic (browser)', () => {
  const running = useBrowserApp({
    seed: async ({ db }) => {
      await loadSeeds(db, { demoUsers: true, demoImprovement: true });
    },
  });

  it('shows "2.1 <name>" in the register and on the gap’s page', async () => {
    const gap = await running.db
      .selectFrom('gaps')
      .select(['id', 'criterion_code'])
      .where('criterion_code', 'is not', null)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const { framework } = await loadFramework(running.db, 'gov-excellence', 1);
    const name = findNode(framework, gap.criterion_code!)!.name.ar;
    const expected = `${gap.criterion_code} ${name}`;

    const { page, errors } = await running.newPage({ language: 'ar' });
    await running.signInInArabic(page, 'pm', 'pm-demo-2026');
    await page.goto(`${running.url}/gaps`);
    await page.getByTestId('gap-criterion').first().waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('gap-criterion').allTextContents()).toContain(expected);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${running.url}/gaps/${gap.id}`);
    await page.getByTestId('gap-criterion').waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('gap-criterion').textContent()).toBe(expected);
    expect(errors).toEqual([]);
  });
});
