/**
 * The difference between two JSON values as a short list of changes, and applying such a
 * list. The live board sends these instead of the whole board: a note added is one array
 * insert, a vote counted a handful of numbers. Pure; shared by the API (diff) and the web
 * and tests (apply). Values are JSON: plain objects, arrays, strings, numbers, booleans, null.
 */

export type JsonPath = (string | number)[];

export type JsonChange =
  /** Replaces the value at `path` (an object key or an array slot); `[]` replaces the whole value. */
  | { op: 'set'; path: JsonPath; value: unknown }
  /** Removes an object key. */
  | { op: 'unset'; path: JsonPath }
  /** At the array at `path`: removes `remove` items from `index`, then inserts `insert` there. */
  | { op: 'splice'; path: JsonPath; index: number; remove: number; insert: unknown[] };

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The changes that turn `prev` into `next`; empty when they are equal. */
export function jsonChanges(prev: unknown, next: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  diffInto(prev, next, [], out);
  return out;
}

function diffInto(prev: unknown, next: unknown, path: JsonPath, out: JsonChange[]): void {
  if (prev === next) return;
  if (Array.isArray(prev) && Array.isArray(next)) {
    diffArrays(prev, next, path, out);
    return;
  }
  if (isObject(prev) && isObject(next)) {
    for (const key of Object.keys(prev))
      if (prev[key] !== undefined && next[key] === undefined) out.push({ op: 'unset', path: [...path, key] });
    for (const key of Object.keys(next)) {
      if (next[key] === undefined) continue;
      if (prev[key] === undefined) out.push({ op: 'set', path: [...path, key], value: next[key] });
      else diffInto(prev[key], next[key], [...path, key], out);
    }
    return;
  }
  if (!jsonEqual(prev, next)) out.push({ op: 'set', path, value: next });
}

/**
 * Boards grow at the end and shrink in the middle (a vote retracted): the common head and
 * tail are kept, a changed middle of the same length is diffed item by item, any other
 * middle is one splice.
 */
function diffArrays(prev: unknown[], next: unknown[], path: JsonPath, out: JsonChange[]): void {
  let head = 0;
  while (head < prev.length && head < next.length && jsonEqual(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && jsonEqual(prev[prev.length - 1 - tail], next[next.length - 1 - tail]))
    tail++;
  const removed = prev.length - head - tail;
  const inserted = next.slice(head, next.length - tail);
  if (removed === 0 && inserted.length === 0) return;
  if (removed === inserted.length) {
    for (let i = head; i < head + removed; i++) diffInto(prev[i], next[i], [...path, i], out);
    return;
  }
  out.push({ op: 'splice', path, index: head, remove: removed, insert: inserted });
}

/** `value` with `changes` applied, copying only what changes (the input is not modified). */
export function applyJsonChanges<T>(value: T, changes: readonly JsonChange[]): T {
  let result: unknown = value;
  for (const change of changes) result = applyOne(result, change, 0);
  return result as T;
}

function applyOne(target: unknown, change: JsonChange, depth: number): unknown {
  const { path } = change;
  if (depth === path.length) {
    if (change.op === 'set') return change.value;
    if (change.op === 'splice') {
      if (!Array.isArray(target)) throw new Error(`splice at ${path.join('.')}: not an array`);
      const copy = [...target];
      copy.splice(change.index, change.remove, ...change.insert);
      return copy;
    }
    throw new Error('unset needs a key');
  }
  const key = path[depth]!;
  if (Array.isArray(target)) {
    if (typeof key !== 'number' || key < 0 || key >= target.length) throw new Error(`no item ${String(key)} at ${path.join('.')}`);
    const copy = [...target];
    copy[key] = applyOne(target[key], change, depth + 1);
    return copy;
  }
  if (!isObject(target)) throw new Error(`no object at ${path.slice(0, depth).join('.')}`);
  if (change.op === 'unset' && depth === path.length - 1) {
    const { [String(key)]: _gone, ...rest } = target;
    return rest;
  }
  return { ...target, [key]: applyOne(target[String(key)], change, depth + 1) };
}
