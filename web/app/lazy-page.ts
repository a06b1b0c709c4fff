import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import type { CataloguePart } from '../i18n/catalogue.ts';
import { loadAllTexts } from '../i18n/setup.ts';

/**
 * A page fetched when its route is first matched, so the first screen downloads the shell and
 * the one page it shows (react-router resolves `lazy` before rendering the route, and runs a
 * route's static `loader` alongside it). Every page is added this way:
 *
 *   { path: 'admin/people', lazy: lazyPage(() => import('../pages/admin/PeoplePage.tsx'), 'PeoplePage') },
 *
 * Keep the `import('…')` literal: it is what tells the bundler where to cut a chunk. The page's
 * code and every namespace of the language's texts arrive together; only the first screens (the
 * sign-in page and the home) pass `texts: 'first'`, reading no more than catalogues/en-first.ts holds.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
  texts: CataloguePart = 'all',
): LazyRouteFunction<RouteObject> {
  return async () => {
    const [page] = await Promise.all([load(), texts === 'all' ? loadAllTexts() : undefined]);
    return { Component: page[name] };
  };
}
