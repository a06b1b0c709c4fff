import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkshop } from '../../seeds/workshops/load.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { workshops as ar } from '../../web/i18n/ar/workshops.ts';

describe("a workshop's sticky notes download as an image, in Arabic", () => {
  let cookie: string;
  const workshopId = 'ws-demo-new-baby';
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadDemoWorkshop(db);
      cookie = await signIn(url, 'facilitator', 'facilitator-demo-2026');
    },
  });

  it('saves an SVG with every note under its lane, right to left', async () => {
    const view = await apiClient(running.url, cookie).workshops.get.query({ id: workshopId });
    expect(view.board.notes.length).toBeGreaterThan(0);
    const { page, context, errors } = await running.newPage({ language: 'ar', cookie });
    await page.goto(`${running.url}/workshops/${workshopId}`);
    const button = page.getByRole('button', { name: ar.board.downloadImage });
    await expect.poll(() => button.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*direction="rtl"/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    for (const lane of ['pains', 'needs'] as const) expect(texts).toContain(ar.board.lanes[lane]);
    const cut = (s: string) => (s.length > 34 ? s.slice(0, 33) : s);
    for (const note of view.board.notes) expect(texts.some((x) => x.startsWith(cut(note.text)))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
