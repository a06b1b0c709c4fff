import type { SessionUser } from '../trpc/context.ts';
import { isAdministrator } from './grants.ts';

/** What a visibility rule looks at: the instance's owner, state and context. */
export interface ReadableInstance<TContext = unknown> {
  entityId: string | null;
  state: string;
  context: TContext;
}

/**
 * Who may open an instance of one workflow kind. The domain's own procedures and the
 * generic workflow API both ask this one rule, so they can never disagree.
 */
export interface InstanceVisibilityRule<TContext = unknown> {
  kind: string;
  mayRead(user: SessionUser, instance: ReadableInstance<TContext>): boolean;
  /**
   * The owning entities among which `mayRead` can be true for this user ('all', or a list,
   * maybe empty): lists narrow in SQL first, then ask `mayRead` of each row.
   */
  candidates(user: SessionUser): 'all' | readonly string[];
}

/** One kind's SQL narrowing for a list: that kind, maybe only these owning entities. */
export interface KindScope {
  kind: string;
  entityIds?: readonly string[];
}

/**
 * The rules by workflow kind. A kind that registered no rule is for administrators only:
 * a new workflow is closed until its domain says who may read it.
 */
export class VisibilityRules {
  readonly #byKind = new Map<string, InstanceVisibilityRule>();

  register<TContext>(rule: InstanceVisibilityRule<TContext>): this {
    if (this.#byKind.has(rule.kind)) throw new Error(`a visibility rule for ${rule.kind} is already registered`);
    this.#byKind.set(rule.kind, rule as InstanceVisibilityRule);
    return this;
  }

  mayRead(user: SessionUser, kind: string, instance: ReadableInstance): boolean {
    const rule = this.#byKind.get(kind);
    return rule ? rule.mayRead(user, instance) : isAdministrator(user);
  }

  /** The SQL narrowing for a list: null for no narrowing (an administrator), else the kinds worth reading. */
  scopes(user: SessionUser, onlyKind?: string): KindScope[] | null {
    if (isAdministrator(user)) return null;
    const scopes: KindScope[] = [];
    for (const rule of this.#byKind.values()) {
      if (onlyKind !== undefined && rule.kind !== onlyKind) continue;
      const candidates = rule.candidates(user);
      if (candidates === 'all') scopes.push({ kind: rule.kind });
      else if (candidates.length > 0) scopes.push({ kind: rule.kind, entityIds: candidates });
    }
    return scopes;
  }
}
