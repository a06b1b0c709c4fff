import type { AnyMachineSnapshot } from 'xstate';
import type { InstanceRef } from './definition.ts';

/** An instance as this process last wrote it: the live snapshot and the row version's `xmin`. */
export interface KnownState {
  instance: InstanceRef;
  machineVersion: number;
  snapshot: AnyMachineSnapshot;
  xmin: string;
}

/**
 * The states this process wrote last, so the next send to a busy instance need not read it back:
 * the write applies only while the row is still that very version (`writeSteps` checks version and
 * `xmin`), so a state another writer has moved on from costs one refused write and a fresh read.
 */
export class RecentStates {
  readonly #states = new Map<string, KnownState>();

  constructor(private readonly capacity = 1000) {}

  get(id: string): KnownState | undefined {
    return this.#states.get(id);
  }

  set(id: string, state: KnownState): void {
    // Most recently written last; the oldest leaves first.
    this.#states.delete(id);
    this.#states.set(id, state);
    if (this.#states.size > this.capacity) this.#states.delete(this.#states.keys().next().value!);
  }

  drop(id: string): void {
    this.#states.delete(id);
  }
}
