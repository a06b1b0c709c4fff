import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJourneyDemo } from '../../seeds/journeys-loader.ts';
import { useBrowserApp } from '../support/browser-fixture.ts';
import { signIn } from '../support/api-client.ts';
import { journeys as ar } from '../../web/i18n/ar/journeys.ts';
import type { JourneyMap } from '../../workflows/journeys/journey-map.ts';

describe('a journey map downloads as an image, in Arabic', () => {
  let cookie: string;
  let journeyId: string;
  let map: JourneyMap;
  const running = useBrowserApp({
    seed: async ({ db, url }) => {
      await loadJourneyDemo(db);
      cookie = await signIn(url, 'pm', 'pm-demo-2026');
      const row = await db
        .selectFrom('journey_maps')
        .select(['journey_id', 'map'])
        .where('version', '=', 'as_is')
        .orderBy('journey_id')
        .executeTakeFirstOrThrow();
      journeyId = row.journey_id;
      map = row.map as JourneyMap;
    },
  });

  it('saves an SVG of the shown map, right to left, with every stage and step in Arabic', async () => {
    const { page, context, errors } = await running.newPage({ language: 'ar', cookie });
    await page.goto(`${running.url}/journeys/${journeyId}`);
    const button = page.getByRole('button', { name: ar.editor.downloadImage });
    await expect.poll(() => button.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*direction="rtl"/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const cut = (s: string) => (s.length > 34 ? s.slice(0, 33) : s);
    for (const stage of map.stages) {
      expect(texts.some((x) => x.startsWith(cut(stage.title.ar)))).toBe(true);
      for (const step of stage.steps) expect(texts.some((x) => x.startsWith(cut(step.title.ar)))).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
