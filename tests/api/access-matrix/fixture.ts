import type { ObjectName } from './objects.ts';
import type { World } from './world.ts';

/** One way of calling a procedure in the matrix. */
export interface Case {
  /** Tells cases of one procedure apart in failures. */
  label?: string;
  /**
   * The world's objects the input names. A query crosses a line for an actor who may not
   * read one of them, a mutation for one who may not change one: the call must be refused.
   * Actors who may change every target are not called with a mutation (it would succeed).
   */
  targets: readonly ObjectName[];
  /** A mutation that only needs to read its target (it creates the caller's own copy). */
  access?: 'read';
  /** Required without targets: why any caller may get an answer. The answer is still scanned for entity X's data. */
  open?: string;
  input: (ids: World['ids'], ref: World['ref']) => unknown;
}

export type Fixtures = Record<string, Case | readonly Case[]>;

export function casesOf(fixture: Case | readonly Case[]): readonly Case[] {
  return Array.isArray(fixture) ? fixture : [fixture as Case];
}
