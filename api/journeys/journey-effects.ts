import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import { productDb } from '../db/schema.ts';
import type { JourneyMap, JourneyMapVersion } from '../../workflows/journeys/journey-map.ts';
import { freezeMap, loadMaps, writeMap } from './journey-store.ts';

/** Next version as an editable copy: ids kept, links reset to "same id in the previous version". */
function copyAs(map: JourneyMap, version: JourneyMapVersion): JourneyMap {
  return { ...map, version, stages: map.stages.map((s) => ({ ...s, steps: s.steps.map((step) => ({ ...step, fromStepIds: [] })) })) };
}

/**
 * Map versions follow the phases, in the transition's own transaction: a version is
 * frozen when the phase that produced it is over, and the next one starts as its copy.
 */
export async function journeyTransitionEffects({ db: engineDb, instance, event, actor }: TransitionEffectArgs): Promise<void> {
  const db = productDb(engineDb);
  const at = new Date();
  const id = instance.id;
  switch (event.type) {
    case 'BASELINE_MEASURED':
      await freezeMap(db, id, 'as_is', at);
      return;
    case 'BEGIN_TO_BE_DESIGN': {
      const maps = await loadMaps(db, id);
      if (!maps.to_be && maps.as_is) await writeMap(db, id, copyAs(maps.as_is.map, 'to_be'), actor.id, at);
      return;
    }
    case 'BEGIN_TRANSITION_PLAN':
      await freezeMap(db, id, 'to_be', at);
      return;
    case 'BEGIN_IMPLEMENTATION': {
      const maps = await loadMaps(db, id);
      if (!maps.post_implementation && maps.to_be) await writeMap(db, id, copyAs(maps.to_be.map, 'post_implementation'), actor.id, at);
      return;
    }
    case 'RE_MEASURED':
      await freezeMap(db, id, 'post_implementation', at);
      return;
  }
}
