import type { AnyStateMachine } from 'xstate';
import type { WorkflowDefinition } from './definition.ts';
import { WorkflowError } from './errors.ts';

/**
 * Machine definitions by kind and version. An instance always runs on the version it
 * was started with, so publishing version 2 never changes an instance started on 1.
 */
export class WorkflowRegistry {
  readonly #byKind = new Map<string, Map<number, WorkflowDefinition>>();

  register<TMachine extends AnyStateMachine>(definition: WorkflowDefinition<TMachine>): this {
    let versions = this.#byKind.get(definition.kind);
    if (!versions) {
      versions = new Map();
      this.#byKind.set(definition.kind, versions);
    }
    if (versions.has(definition.version)) {
      throw new Error(`workflow ${definition.kind} v${definition.version} is already registered`);
    }
    versions.set(definition.version, definition as unknown as WorkflowDefinition);
    return this;
  }

  get(kind: string, version: number): WorkflowDefinition {
    const def = this.#byKind.get(kind)?.get(version);
    if (!def) throw new WorkflowError('UNKNOWN_KIND', `no workflow ${kind} v${version}`, { kind, version });
    return def;
  }

  latest(kind: string): WorkflowDefinition {
    const versions = this.#byKind.get(kind);
    if (!versions || versions.size === 0) throw new WorkflowError('UNKNOWN_KIND', `no workflow ${kind}`, { kind });
    return versions.get(Math.max(...versions.keys()))!;
  }

  kinds(): string[] {
    return [...this.#byKind.keys()].sort();
  }
}
