import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../web/app/routes.tsx';
import { loadSeeds } from '../../seeds/loader.ts';
import { demoUsers } from '../../seeds/demo-users.ts';
import { signIn } from '../support/api-client.ts';
import { openConsultation } from '../support/open-consultation.ts';
import { seriousAxeViolations, type AxeViolation } from '../support/axe.ts';
import { useBrowserApp, type RunningBrowserApp } from '../support/browser-fixture.ts';

/**
 * axe-core over every page of the web app, in Arabic and in English: the list of pages is read from
 * the router itself, so a page added later is visited (or must be excluded here, with a reason).
 */

/** Every route pattern the router knows, as a full path ("/gaps/:id"); the index is "/". */
function routePatterns(list: RouteObject[], base = ''): string[] {
  return list.flatMap((r) => {
    const own = r.index ? base || '/' : r.path === undefined ? null : r.path.startsWith('/') ? r.path : `${base}/${r.path}`;
    const children = r.children ? routePatterns(r.children, own && own !== '/' ? own : base) : [];
    return own === null ? children : [own, ...children];
  });
}

type Account = (typeof demoUsers)[number]['username'];

/** The ids of demo records the pages with parameters open. */
interface Ids {
  instance: string;
  gap: string;
  plan: string;
  action: string;
  workshop: string;
  inviteCode: string;
  bundle: string;
  journey: string;
  cycle: string;
  assessorAssessment: string;
  publishedAssessment: string;
  framework: { code: string; version: number };
  consultation: string;
  centreCode: string;
  mysteryPeriod: string;
  /** A reported visit waiting for review: the page shows the report and the review panel. */
  mysteryVisit: string;
}

interface Visit {
  /** Who opens it: a demo account that may, or null for a page without sign-in. */
  as: Account | null;
  path: (ids: Ids) => string;
}

const visits: Record<string, Visit> = {
  '/login': { as: null, path: () => '/login' },
  '/transparency': { as: null, path: () => '/transparency' },
  '/join/:code?': { as: null, path: (ids) => `/join/${ids.inviteCode}` },
  '/set-password': { as: null, path: () => '/set-password#token=not-a-real-token' },
  '/': { as: 'pm', path: () => '/' },
  '/workflows': { as: 'pm', path: () => '/workflows' },
  '/workflows/:id': { as: 'pm', path: (ids) => `/workflows/${ids.instance}` },
  '/gaps': { as: 'pm', path: () => '/gaps' },
  '/gaps/:id': { as: 'pm', path: (ids) => `/gaps/${ids.gap}` },
  '/actions': { as: 'pm', path: () => '/actions' },
  '/actions/plans/:id': { as: 'pm', path: (ids) => `/actions/plans/${ids.plan}` },
  '/actions/:id': { as: 'pm', path: (ids) => `/actions/${ids.action}` },
  '/rankings': { as: 'leader', path: () => '/rankings' },
  '/dashboard': { as: 'leader', path: () => '/dashboard' },
  '/dashboard/report': { as: 'leader', path: () => '/dashboard/report' },
  '/inbox': { as: 'pm', path: () => '/inbox' },
  '/workshops': { as: 'facilitator', path: () => '/workshops' },
  '/workshops/:id': { as: 'facilitator', path: (ids) => `/workshops/${ids.workshop}` },
  '/workshops/:id/report': { as: 'facilitator', path: (ids) => `/workshops/${ids.workshop}/report` },
  '/bundles': { as: 'pm', path: () => '/bundles' },
  '/bundles/:id': { as: 'pm', path: (ids) => `/bundles/${ids.bundle}` },
  '/journeys': { as: 'pm', path: () => '/journeys' },
  '/journeys/:id': { as: 'pm', path: (ids) => `/journeys/${ids.journey}` },
  '/services': { as: 'pm', path: () => '/services' },
  '/services/import': { as: 'pm', path: () => '/services/import' },
  '/excellence/cycles': { as: 'pm', path: () => '/excellence/cycles' },
  '/excellence/cycles/:id': { as: 'pm', path: (ids) => `/excellence/cycles/${ids.cycle}` },
  '/excellence/pool': { as: 'pm', path: () => '/excellence/pool' },
  '/excellence/assessments': { as: 'assessor1', path: () => '/excellence/assessments' },
  '/excellence/assessments/:id': { as: 'assessor1', path: (ids) => `/excellence/assessments/${ids.assessorAssessment}` },
  '/excellence/assessments/:id/result': { as: 'pm', path: (ids) => `/excellence/assessments/${ids.publishedAssessment}/result` },
  '/excellence/assessments/:id/report': { as: 'pm', path: (ids) => `/excellence/assessments/${ids.publishedAssessment}/report` },
  '/excellence/frameworks': { as: 'pm', path: () => '/excellence/frameworks' },
  '/excellence/frameworks/:code/:version?': {
    as: 'pm',
    path: (ids) => `/excellence/frameworks/${ids.framework.code}/${ids.framework.version}`,
  },
  '/admin': { as: 'admin', path: () => '/admin' },
  '/admin/people': { as: 'admin', path: () => '/admin/people' },
  '/admin/api-tokens': { as: 'admin', path: () => '/admin/api-tokens' },
  '/admin/reference': { as: 'admin', path: () => '/admin/reference' },
  '/admin/entities': { as: 'admin', path: () => '/admin/entities' },
  '/admin/centres': { as: 'admin', path: () => '/admin/centres' },
  '/admin/services': { as: 'admin', path: () => '/admin/services' },
  '/admin/document-types': { as: 'admin', path: () => '/admin/document-types' },
  '/admin/bundles': { as: 'admin', path: () => '/admin/bundles' },
  '/admin/onboarding': { as: 'admin', path: () => '/admin/onboarding' },
  '/admin/changes': { as: 'admin', path: () => '/admin/changes' },
  '/transparency/centres': { as: null, path: () => '/transparency/centres' },
  '/participate': { as: null, path: () => '/participate' },
  '/participate/:id': { as: null, path: (ids) => `/participate/${ids.consultation}` },
  '/participation': { as: 'pm', path: () => '/participation' },
  '/participation/new': { as: 'pm', path: () => '/participation/new' },
  '/participation/moderation': { as: 'pm', path: () => '/participation/moderation' },
  '/participation/:id': { as: 'pm', path: (ids) => `/participation/${ids.consultation}` },
  '/mystery-shopper': { as: 'pm', path: () => '/mystery-shopper' },
  '/mystery-shopper/shoppers': { as: 'pm', path: () => '/mystery-shopper/shoppers' },
  '/mystery-shopper/scenarios': { as: 'pm', path: () => '/mystery-shopper/scenarios' },
  '/mystery-shopper/periods': { as: 'pm', path: () => '/mystery-shopper/periods' },
  '/mystery-shopper/periods/:id': { as: 'pm', path: (ids) => `/mystery-shopper/periods/${ids.mysteryPeriod}` },
  '/mystery-shopper/visits/:id': { as: 'pm', path: (ids) => `/mystery-shopper/visits/${ids.mysteryVisit}` },
  '/mystery-shopper/report/:entityId/:year': { as: null, path: () => '/mystery-shopper/report/ent-moi/2026' },
  '/command-centre': { as: 'pm', path: () => '/command-centre' },
  '/command-centre/centres/:code': { as: 'pm', path: (ids) => `/command-centre/centres/${ids.centreCode}` },
  '/command-centre/wallboard': { as: 'pm', path: () => '/command-centre/wallboard' },
  '/command-centre/targets': { as: 'pm', path: () => '/command-centre/targets' },
  '/workshops/:id/present': { as: 'facilitator', path: (ids) => `/workshops/${ids.workshop}/present` },
  '/journeys/:id/trace': { as: 'pm', path: () => '/journeys/newborn/trace?type=root_cause&node=rc-counter-capacity' },
  '/search': { as: 'pm', path: () => '/search?q=%D9%88%D8%B2%D8%A7%D8%B1%D8%A9' },
  '/*': { as: 'pm', path: () => '/no-such-page' },
};

/** Pages not visited, each with the reason. */
const excluded: Record<string, string> = {
  '/command-centre/alerts/:id': 'an alert exists only once a centre breaches a target; the demo world sets none',
};

const passwordOf = (username: string) => demoUsers.find((u) => u.username === username)!.password;

async function demoIds({ db }: RunningBrowserApp): Promise<Ids> {
  const first = async <T>(q: Promise<T | undefined>, what: string): Promise<T> => {
    const row = await q;
    if (row === undefined) throw new Error(`the demo seeds hold no ${what}`);
    return row;
  };
  const published = await first(
    db
      .selectFrom('excellence_assessments')
      .innerJoin('published_results', (j) =>
        j
          .onRef('published_results.cycle_id', '=', 'excellence_assessments.cycle_id')
          .onRef('published_results.subject_id', '=', 'excellence_assessments.subject_id'),
      )
      .select('excellence_assessments.id')
      .orderBy('excellence_assessments.id')
      .executeTakeFirst(),
    'published assessment',
  );
  const scored = await first(
    db
      .selectFrom('excellence_team_members')
      .select('assessment_id')
      .where('assessor_id', '=', 'usr-assessor1')
      .orderBy('assessment_id')
      .executeTakeFirst(),
    "assessment on assessor1's team",
  );
  const workshop = await first(db.selectFrom('workshops').select(['id', 'invite_code']).executeTakeFirst(), 'workshop');
  const framework = await first(
    db.selectFrom('excellence_frameworks').select(['code', 'version']).orderBy('code').orderBy('version').executeTakeFirst(),
    'framework',
  );
  const id = async (table: 'gaps' | 'action_plans' | 'actions' | 'bundles' | 'journeys' | 'excellence_cycles') =>
    (await first(db.selectFrom(table).select('id').orderBy('id').executeTakeFirst(), table)).id;
  return {
    instance: (await first(db.selectFrom('workflow_instances').select('id').orderBy('id').executeTakeFirst(), 'instance')).id,
    gap: await id('gaps'),
    plan: await id('action_plans'),
    action: await id('actions'),
    workshop: workshop.id,
    inviteCode: workshop.invite_code ?? '',
    bundle: await id('bundles'),
    journey: await id('journeys'),
    cycle: await id('excellence_cycles'),
    assessorAssessment: scored.assessment_id,
    publishedAssessment: published.id,
    framework: { code: framework.code, version: framework.version },
    consultation: '',
    mysteryPeriod: (await first(db.selectFrom('mystery_periods').select('id').executeTakeFirst(), 'mystery-shopper period')).id,
    mysteryVisit: (
      await first(db.selectFrom('mystery_visits').select('id').where('state', '=', 'submitted').executeTakeFirst(), 'reported visit')
    ).id,
    centreCode: (await first(db.selectFrom('service_centres').select('code').orderBy('code').executeTakeFirst(), 'service centre')).code,
  };
}

/**
 * Opens a page: a full load when asked (a new sign-in, a first page), else the router's own
 * navigation (history + popstate), which skips reloading the bundle. Then waits until the page
 * shows a heading it did not show before and nothing says it is still loading.
 */
async function open(page: Page, url: string, full: boolean): Promise<void> {
  if (full) await page.goto(url);
  else {
    await page.evaluate(
      (to) => {
        for (const h of document.querySelectorAll('h1')) h.setAttribute('data-left', '');
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
      },
      `${new URL(url).pathname}${new URL(url).search}`,
    );
  }
  await page.waitForFunction(
    () => {
      if (!document.querySelector('h1:not([data-left])')) return false;
      const text = document.body.textContent ?? '';
      return !text.includes('Loading…') && !text.includes('جارٍ التحميل…');
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

describe('every page has no serious or critical axe violations', () => {
  let ids: Ids;
  const cookies = new Map<Account, string>();
  const running = useBrowserApp({
    seed: async (app) => {
      // What `npm start` shows: every demo world, so each page has something on it.
      await loadSeeds(app.db, {
        demoUsers: true,
        demoWorkshop: true,
        demoJourneys: true,
        demoExcellence: true,
        demoImprovement: true,
        demoMysteryShopper: true,
      });
      ids = await demoIds(app);
      // The demo world has no consultation: one opened an hour ago, as the public and its staff see it.
      const pm = await app.apiAs('pm', passwordOf('pm'));
      ids.consultation = await openConsultation(pm, {
        entityId: 'ent-moh',
        subjectKind: 'service',
        title: { ar: 'استطلاع مرئيات حول خدمة تسجيل المواليد', en: 'Consultation on birth registration' },
        body: { ar: 'نرحب بملاحظاتكم.', en: 'We welcome your comments.' },
      });
      for (const who of new Set(Object.values(visits).map((v) => v.as))) {
        if (who) cookies.set(who, await signIn(app.url, who, passwordOf(who)));
      }
    },
  });

  it('visits or excludes every route the router defines, and no other', () => {
    const patterns = routePatterns(routes).map((p) => (p === '*' ? '/*' : p));
    expect(patterns.length).toBeGreaterThan(30);
    const covered = [...Object.keys(visits), ...Object.keys(excluded)];
    expect(patterns.filter((p) => !covered.includes(p))).toEqual([]);
    expect(covered.filter((p) => !patterns.includes(p))).toEqual([]);
  });

  async function wearing(context: BrowserContext, who: Account | null): Promise<void> {
    await context.clearCookies();
    if (!who) return;
    const [name, value] = cookies.get(who)!.split('=') as [string, string];
    await context.addCookies([{ name, value, url: running.url }]);
  }

  /** Visits every page in one language, in its own context; the violations found, by route. */
  async function sweep(language: 'ar' | 'en'): Promise<Record<string, AxeViolation[]>> {
    const { page, context, errors } = await running.newPage({ language });
    const found: Record<string, AxeViolation[]> = {};
    // One sign-in per account, worn in turn: pages grouped by who opens them.
    const ordered = Object.entries(visits).sort(([, a], [, b]) => String(a.as).localeCompare(String(b.as)));
    let wearer: Account | null | undefined;
    for (const [pattern, visit] of ordered) {
      const path = visit.path(ids);
      const full = visit.as !== wearer || path.includes('#');
      if (visit.as !== wearer) {
        await wearing(context, visit.as);
        wearer = visit.as;
      }
      try {
        await open(page, `${running.url}${path}`, full);
      } catch {
        found[pattern] = [{ id: 'page-not-settled', impact: null, help: `no new heading, or still loading: ${page.url()}`, targets: [] }];
        continue;
      }
      // A page that sent the visitor elsewhere (a refusal, the sign-in page) was not checked.
      const landed = new URL(page.url()).pathname;
      if (landed !== new URL(`${running.url}${path}`).pathname) {
        found[pattern] = [{ id: 'redirected', impact: null, help: `landed on ${landed}`, targets: [] }];
        continue;
      }
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== language) found[pattern] = [{ id: 'html-lang', impact: null, help: `lang is ${lang}`, targets: ['html'] }];
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[pattern] = [...(found[pattern] ?? []), ...violations];
    }
    mkdirSync('.tmp/accessibility', { recursive: true });
    writeFileSync(`.tmp/accessibility/violations-${language}.json`, JSON.stringify(found, null, 2));
    if (errors.length > 0) found['(page errors)'] = errors.map((e) => ({ id: 'pageerror', impact: null, help: e, targets: [] }));
    await context.close();
    return found;
  }

  // Both languages at once, a context each: the pages wait on the server as often as on the CPU.
  it('finds none on any page in Arabic or in English', { timeout: 600_000 }, async () => {
    const [ar, en] = await Promise.all([sweep('ar'), sweep('en')]);
    expect({ ar, en }).toEqual({ ar: {}, en: {} });
  });
});
