import type { JsonChange, JsonPath } from './json-changes.ts';

/** JSON sizes of a change, remembered per change object: many viewers send the same shared changes. */
interface Sizes {
  /** The whole change as JSON. */
  whole: number;
  /** A set's value, or a splice's inserted items without the brackets (0 when none). */
  payload: number;
}
const sizesOf = new WeakMap<JsonChange, Sizes>();

function sizes(change: JsonChange): Sizes {
  let known = sizesOf.get(change);
  if (!known) {
    const payload =
      change.op === 'set'
        ? JSON.stringify(change.value ?? null).length
        : change.op === 'splice'
          ? Math.max(0, JSON.stringify(change.insert).length - 2)
          : 0;
    known = { whole: JSON.stringify(change).length, payload };
    sizesOf.set(change, known);
  }
  return known;
}

const samePath = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((k, i) => k === b[i]);
/** One path at or inside the other: changes to them do not commute. */
const related = (a: JsonPath, b: JsonPath) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The changes of several consecutive versions as one list that applies to the same effect,
 * kept short as it grows: a value set again replaces the earlier set, and items inserted right
 * after the ones an earlier splice inserted join that splice, as long as nothing in between
 * touched the same place. Fifty notes added one by one are then one splice of fifty, and the
 * version number is set once. Tracks the list's JSON size (to within a few bytes) as it goes.
 */
export class ChangeRun {
  readonly #changes: JsonChange[] = [];
  #size = 2;

  get size(): number {
    return this.#size;
  }

  get changes(): JsonChange[] {
    return this.#changes;
  }

  /** Adds one version's changes; answers false, and adds nothing, when a non-empty run would outgrow `budget` bytes. */
  tryAdd(changes: readonly JsonChange[], budget = Number.POSITIVE_INFINITY): boolean {
    const before = { length: this.#changes.length, size: this.#size };
    const replaced: [number, JsonChange][] = [];
    for (const change of changes) this.#addOne(change, replaced);
    if (before.length === 0 || this.#size <= budget) return true;
    for (let r = replaced.length - 1; r >= 0; r--) this.#changes[replaced[r]![0]] = replaced[r]![1];
    this.#changes.length = before.length;
    this.#size = before.size;
    return false;
  }

  #addOne(change: JsonChange, replaced: [number, JsonChange][]): void {
    const list = this.#changes;
    for (let i = list.length - 1; i >= 0; i--) {
      const earlier = list[i]!;
      if (!related(earlier.path, change.path)) continue;
      // The nearest change to a related place decides: merge with it or keep both in order.
      if (samePath(earlier.path, change.path)) {
        if (earlier.op === 'set' && change.op === 'set') {
          replaced.push([i, earlier]);
          list[i] = change;
          this.#size += sizes(change).whole - sizes(earlier).whole;
          return;
        }
        if (
          earlier.op === 'splice' &&
          change.op === 'splice' &&
          change.remove === 0 &&
          change.index === earlier.index + earlier.insert.length
        ) {
          const merged: JsonChange = { ...earlier, insert: [...earlier.insert, ...change.insert] };
          const added = sizes(change).payload;
          const grown = added === 0 ? 0 : added + (earlier.insert.length > 0 ? 1 : 0);
          sizesOf.set(merged, { whole: sizes(earlier).whole + grown, payload: sizes(earlier).payload + grown });
          replaced.push([i, earlier]);
          list[i] = merged;
          this.#size += grown;
          return;
        }
      }
      break;
    }
    list.push(change);
    this.#size += sizes(change).whole + (list.length > 1 ? 1 : 0);
  }
}
