import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { loadFramework } from '../../api/excellence/framework-store.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';

describe.each(testDatabases())('gaps carry their criterion’s name on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    // Worked action plans whose gaps came from the published demo cycle of the excellence model.
    await loadSeeds(running.db, { demoUsers: true, demoImprovement: true });
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
  }, 180_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('names each mapped gap’s criterion from the framework its cycle was published with, in list and detail', async () => {
    const { framework } = await loadFramework(running.db, 'gov-excellence', 1);
    const { items } = await pm.gaps.list.query({ limit: 500 });
    const mapped = items.filter((g) => g.criterionCode !== null);
    expect(mapped.length).toBeGreaterThan(0);
    for (const g of mapped) {
      const node = findNode(framework, g.criterionCode!)!;
      expect(g.criterionName).toEqual({ ar: node.name.ar, en: node.name.en });
    }
    expect(items.filter((g) => g.criterionCode === null).every((g) => g.criterionName === null)).toBe(true);
    const one = await pm.gaps.get.query({ id: mapped[0]!.id });
    expect(one.criterionName).toEqual(mapped[0]!.criterionName);
  });

  it('has no name for a code its framework does not hold: the page shows the code alone', async () => {
    const { items } = await pm.gaps.list.query({ limit: 1 });
    const gap = items[0]!;
    await pm.gaps.update.mutate({ id: gap.id, criterionCode: 'Z9' });
    const after = await pm.gaps.get.query({ id: gap.id });
    expect([after.criterionCode, after.criterionName]).toEqual(['Z9', null]);
  });
});
