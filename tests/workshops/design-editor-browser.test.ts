import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';

const shots = '.tmp/workshops';
mkdirSync(shots, { recursive: true });
const digits = (n: number) => new RegExp(`^(${n}|${n.toLocaleString('ar-EG')})$`);

describe('bundle design editor in the browser', () => {
  const running = useBrowserApp();

  it('the facilitator removes a visit and merges the services into one platform step; the server’s figures follow', async () => {
    const cookie = await signIn(running.url, 'facilitator', 'facilitator-demo-2026');
    const fac = apiClient(running.url, cookie);
    const { id } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: 'تصميم باقة المولود', en: 'Baby bundle design' },
      bundleId: 'bundle.new_baby',
    });
    await fac.workshops.addRepresentative.mutate({ id, userId: 'usr-coord-moi' });
    // planned → participants_invited → discovery → ideation → voting → prioritisation → bundle_design
    for (let i = 0; i < 6; i++) await fac.workshops.send.mutate({ id, type: 'ADVANCE', payload: {} });

    const { page, context } = await running.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, cookie });
    await page.goto(`${running.url}/workshops/${id}`);
    await page.getByTestId('design-start-current').click();
    const figure = (f: string) => page.getByTestId('comparison').locator(`tr[data-figure="${f}"] td`).nth(1);
    // The seeded to-be design: 5 steps, 2 of them visits.
    await expect.poll(() => figure('steps').textContent()).toMatch(digits(5));
    expect(await figure('visits').textContent()).toMatch(digits(2));

    // Step 2 (identity documents) no longer needs a visit: 2 → 1.
    await page.getByTestId('design-step-identity-documents').getByTestId('design-visit').click(); // controlled: it follows the server's reply
    await expect.poll(() => figure('visits').textContent()).toMatch(digits(1));

    // Everything merged into one portal step without visits: 1 step, 0 visits.
    await page.getByTestId('design-merge-all').click();
    await expect.poll(() => figure('steps').textContent()).toMatch(digits(1));
    expect(await figure('visits').textContent()).toMatch(digits(0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/design-editor-390.png`, fullPage: true });

    const view = await fac.workshops.get.query({ id });
    expect(view.board.design?.steps).toHaveLength(1);
    expect(view.board.design?.steps[0]?.replacesServiceIds).toHaveLength(8);
    await context.close();
  });
});
