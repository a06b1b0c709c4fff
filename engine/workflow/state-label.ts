import type { StateValue } from 'xstate';

/**
 * A state value as one string for indexing and display: `a`, `a.b`, and for parallel
 * regions `a.b|c.d` (regions in key order so the label is stable).
 */
export function stateLabel(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.keys(value)
    .sort()
    .map((key) => {
      const child = value[key];
      if (child === undefined || (typeof child === 'object' && Object.keys(child).length === 0)) return key;
      return `${key}.${stateLabel(child)}`;
    });
  return parts.join('|');
}
