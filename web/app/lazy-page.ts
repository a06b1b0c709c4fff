import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';

/**
 * A page fetched when its route is first matched, so the first screen downloads the shell and
 * the one page it shows (react-router resolves `lazy` before rendering the route, and runs a
 * route's static `loader` alongside it). Every page is added this way:
 *
 *   { path: 'admin/people', lazy: lazyPage(() => import('../pages/admin/PeoplePage.tsx'), 'PeoplePage') },
 *
 * Keep the `import('…')` literal: it is what tells the bundler where to cut a chunk.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load())[name] });
}
