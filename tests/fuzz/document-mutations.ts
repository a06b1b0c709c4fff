import fc from 'fast-check';
import { hostileNumber, hostileText, hostileValue } from './hostile-input.ts';

type Path = (string | number)[];

/** Every path to a value inside a JSON document, the root excluded. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(path);
      pathsOf(v, path, out);
    }
  }
  return out;
}

type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'spice'; at: number; text: string; number: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(hostileValue, hostileText, hostileNumber) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: hostileText, value: hostileValue }),
  // Same type, hostile content: the document stays valid in shape, so the bad text or number reaches the store.
  { arbitrary: fc.record({ op: fc.constant('spice' as const), at: fc.nat(), text: hostileText, number: hostileNumber }), weight: 3 },
);

function apply(document: unknown, m: Mutation): unknown {
  const paths = pathsOf(document);
  if (paths.length === 0) return document;
  const path = paths[m.at % paths.length]!;
  let parent = document as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (m.op === 'spice') {
    const current = parent[last];
    if (typeof current === 'string') parent[last] = current + m.text;
    else if (typeof current === 'number') parent[last] = m.number;
  } else if (m.op === 'set') parent[last] = m.value;
  else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>)[m.key] = m.value;
  return document;
}

/**
 * A valid document with one to three fields replaced by hostile values, deleted, or joined
 * by unexpected keys: the wrong type, a missing field, a number too large, text with NUL.
 */
export function mutatedDocument<T>(valid: () => T): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce<unknown>(apply, structuredClone(valid())));
}
