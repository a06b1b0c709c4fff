import type { TFunction } from 'i18next';

// Kinds, states and events are machine names; i18next would read their dots as nesting.
const safe = (name: string) => name.replace(/\./g, '_');

/** The translated name of a workflow kind, or the kind itself until its domain adds one. */
export function kindLabel(t: TFunction, kind: string): string {
  return t(`workflows:kinds.${safe(kind)}`, { defaultValue: kind });
}

/**
 * The translated name of a state. Parallel regions (`a.b|c.d`) read as their parts joined; a nested
 * state without its own name reads as its parent's name and its own, so nothing shows as a machine path.
 */
export function stateLabel(t: TFunction, kind: string, state: string): string {
  const own = (path: string) => t(`workflows:states.${safe(kind)}.${safe(path)}`, { defaultValue: '' });
  if (state.includes('|')) {
    // The engine writes `open.deadline.upcoming|work.in_progress`: regions after the first drop the
    // parent path they share with it, so look them up under the first region's ancestors.
    const [first = '', ...rest] = state.split('|');
    const ancestors = first.split('.').slice(0, -2);
    const region = (part: string) => {
      for (let depth = ancestors.length; depth > 0; depth--) {
        const path = [...ancestors.slice(0, depth), part].join('.');
        if (own(path)) return stateLabel(t, kind, path);
      }
      return stateLabel(t, kind, part);
    };
    return [stateLabel(t, kind, first), ...rest.map(region)].join(' · ');
  }
  const label = own(state);
  if (label) return label;
  const dot = state.lastIndexOf('.');
  return dot < 0 ? state : `${stateLabel(t, kind, state.slice(0, dot))} · ${state.slice(dot + 1)}`;
}

export function eventLabel(t: TFunction, kind: string, event: string): string {
  // The engine records the start as XState's init event and fired timers as its delayed events.
  if (event === 'xstate.init') return t('workflows:audit.started');
  if (event.startsWith('xstate.after')) return t('workflows:audit.timer');
  return t(`workflows:events.${safe(kind)}.${safe(event)}`, { defaultValue: event });
}
