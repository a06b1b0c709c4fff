import type { InstanceVisibilityRule } from '../access/visibility-rules.ts';
import { alertKind } from '../../workflows/command-centre/alert-workflow.ts';
import { watchedEntities } from './board-access.ts';

/** An alert is read by whoever watches its entity's centres (see board-access.ts). */
export const alertVisibility: InstanceVisibilityRule = {
  kind: alertKind,
  mayRead: (user, instance) => {
    const watched = watchedEntities(user);
    return watched === null || (instance.entityId !== null && watched.includes(instance.entityId));
  },
  candidates: (user) => watchedEntities(user) ?? 'all',
};
