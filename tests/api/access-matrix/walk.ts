import { randomUUID } from 'node:crypto';
import type { DB } from '../../../api/db/schema.ts';
import { actorNames, type ActorName } from './actors.ts';
import { allowList } from './allow-list.ts';
import { callProcedure, type MatrixClient, type Outcome, type ProcedureType } from './call.ts';
import { changedTables, digest, rowMark, writeMark, type Digest } from './digest.ts';
import { casesOf, type Fixtures } from './fixture.ts';
import { hasMessage } from './message-keys.ts';
import { access, objectNames, type ObjectName } from './objects.ts';
import type { World } from './world.ts';

const refusalCodes = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED']);

export interface MatrixRun {
  /** Every call made, ghost calls included. */
  calls: number;
  /** (procedure, actor) pairs exercised: called at least once. */
  cells: number;
  /** (procedure, actor) pairs where a case crossed a line (a refusal or an emptied answer was required). */
  crossing: number;
  /** Mutation calls not made because the actor may change every target (they would succeed, rightly). */
  legit: number;
  /** Crossing refusals compared with the answer for an id that does not exist. */
  ghostCompared: number;
  failures: string[];
}

export interface WalkOptions {
  procedures: readonly (readonly [string, ProcedureType])[];
  fixtures: Fixtures;
  world: World;
  clients: Record<ActorName, MatrixClient>;
  db: DB;
  tables: readonly string[];
}

/** The strings of every object `actor` may not read; none may appear in anything it gets back. */
function forbiddenStrings(world: World, actor: ActorName): [ObjectName, string][] {
  return objectNames
    .filter((o) => !access[o].readers.includes(actor))
    .flatMap((o) => (world.canaries[o] ?? []).map((s) => [o, s] as [ObjectName, string]));
}

/** The world's ids with each of `targets` replaced by one that names nothing (a number where the id is a number). */
function ghostIds(ids: World['ids'], targets: readonly ObjectName[]): World['ids'] {
  const ghost = { ...ids };
  for (const t of targets) ghost[t] = typeof ids[t] === 'number' ? 2_000_000_000 + Math.floor(Math.random() * 1_000_000) : randomUUID();
  return ghost;
}

const describeOutcome = (o: Outcome) =>
  o.kind === 'refused' ? `${o.code} ${o.messageKey}` : o.kind === 'ok' ? 'an answer' : 'a quiet stream';

/** Watches the product tables between calls: any change outside a reviewed allowance is a failure. */
class ChangeWatch {
  #last: Digest;
  #mark: string;
  #rows: string;
  private constructor(
    private readonly db: DB,
    private readonly tables: readonly string[],
    last: Digest,
    mark: string,
    rows: string,
  ) {
    this.#last = last;
    this.#mark = mark;
    this.#rows = rows;
  }

  static async start(db: DB, tables: readonly string[]): Promise<ChangeWatch> {
    return new ChangeWatch(db, tables, await digest(db, tables), await writeMark(db), await rowMark(db, tables));
  }

  /** The tables changed since the last check, less `allowed`. */
  async changed(allowed: readonly string[] = []): Promise<string[]> {
    // Nothing written anywhere on the server: nothing to look at.
    const mark = await writeMark(this.db);
    if (mark === this.#mark) return [];
    this.#mark = mark;
    // Written, but maybe by another database (parallel test files) or only to bookkeeping tables.
    const rows = await rowMark(this.db, this.tables);
    if (rows === this.#rows) return [];
    this.#rows = rows;
    const now = await digest(this.db, this.tables);
    const changed = changedTables(this.#last, now).filter((t) => !allowed.includes(t));
    this.#last = now;
    return changed;
  }
}

interface Cell {
  calls: number;
  legit: number;
  ghostCompared: number;
  called: boolean;
  crossed: boolean;
  failures: string[];
}

/** One procedure as one actor, every case: the calls, and what was wrong with their answers. */
async function probeCell(
  options: WalkOptions,
  path: string,
  type: ProcedureType,
  actor: ActorName,
  watch: ChangeWatch | null,
): Promise<Cell> {
  const { world, clients } = options;
  const cell: Cell = { calls: 0, legit: 0, ghostCompared: 0, called: false, crossed: false, failures: [] };
  const fail = (message: string) => cell.failures.push(message);
  const allowance = allowList[path];
  const settle = async (where: string, outcome: Outcome) => {
    const changed = (await watch?.changed(outcome.kind === 'ok' ? (allowance?.changes ?? []) : [])) ?? [];
    if (changed.length > 0) fail(`${where}: changed ${changed.join(', ')}`);
  };
  for (const c of casesOf(options.fixtures[path]!)) {
    const where = `${path}${c.label ? ` (${c.label})` : ''} as ${actor}`;
    const writes = type === 'mutation' && c.access !== 'read';
    const mayNot = c.targets.filter((t) => !(writes ? access[t].writers : access[t].readers).includes(actor));
    const unreadable = c.targets.filter((t) => !access[t].readers.includes(actor));
    if (type === 'mutation' && c.targets.length > 0 && mayNot.length === 0) {
      cell.legit++;
      continue;
    }
    if (c.targets.length === 0 && !c.open) fail(`${path}: a case without targets must say why it is open`);
    const mustRefuse = mayNot.length > 0 || (type === 'mutation' && c.targets.length === 0);
    cell.called = true;
    cell.crossed ||= mustRefuse;
    const outcome = await callProcedure(clients[actor], path, type, c.input(world.ids, world.ref));
    cell.calls++;
    await settle(where, outcome);

    const leaked = forbiddenStrings(world, actor).filter(([, s]) => JSON.stringify(outcome).includes(s));
    if (leaked.length > 0) fail(`${where}: answer holds ${[...new Set(leaked.map(([o]) => o))].join(', ')} data`);
    if (outcome.kind === 'refused' && (outcome.code === 'INTERNAL_SERVER_ERROR' || outcome.messageKey === 'errors.validation')) {
      fail(
        `${where}: ${describeOutcome(outcome)}: ${outcome.code === 'INTERNAL_SERVER_ERROR' ? 'the server failed' : 'the fixture’s input does not validate'}`,
      );
    }
    if (outcome.kind === 'refused') {
      // A caller who may do this can be refused for any reason of the domain's; a crossing call only for access.
      const codeOk = !mustRefuse || refusalCodes.has(outcome.code ?? '') || (allowance?.codes ?? []).includes(outcome.code ?? '');
      if (!codeOk) fail(`${where}: refused with ${outcome.code} ${outcome.messageKey} (want NOT_FOUND, FORBIDDEN or UNAUTHORIZED)`);
      for (const locale of ['en', 'ar'] as const) {
        if (!outcome.messageKey || !hasMessage(outcome.messageKey, locale))
          fail(`${where}: message key ${outcome.messageKey} has no ${locale} text`);
      }
    } else if (mustRefuse && !allowance?.answers) {
      fail(
        `${where}: ${describeOutcome(outcome)} where a refusal was due (may not ${writes ? 'change' : 'read'} ${mayNot.join(', ') || 'this'})`,
      );
    }

    // An object the actor may not read must be indistinguishable from one that does not exist.
    // (Nobody signed in is refused before the input is looked at: no id can make a difference.)
    if (unreadable.length > 0 && outcome.kind !== 'quiet' && actor !== 'anonymous') {
      const ghost = await callProcedure(clients[actor], path, type, c.input(ghostIds(world.ids, unreadable), world.ref));
      cell.calls++;
      cell.ghostCompared++;
      await settle(`${where} (made-up id)`, ghost);
      if (describeOutcome(ghost) !== describeOutcome(outcome))
        fail(`${where}: ${describeOutcome(outcome)}, but ${describeOutcome(ghost)} for an id that does not exist`);
    }
  }
  return cell;
}

/**
 * Calls every procedure as every actor with the world's objects and checks what came back:
 * a crossing call is refused (or, where reviewed, answers without entity X's data); no answer
 * holds a string of an object the actor may not read; a refusal has a translated key; a
 * refusal about an object the actor may not read is the refusal a made-up id gets; and no
 * call changes a product table. Mutations run one at a time, each followed by a check of the
 * tables; reads run for all actors at once, the tables checked after each procedure.
 */
export async function walk(options: WalkOptions): Promise<MatrixRun> {
  const run: MatrixRun = { calls: 0, cells: 0, crossing: 0, legit: 0, ghostCompared: 0, failures: [] };
  const watch = await ChangeWatch.start(options.db, options.tables);
  for (const [path, type] of options.procedures) {
    if (!options.fixtures[path]) continue; // reported by the coverage test
    let cells: Cell[];
    if (type === 'mutation') {
      cells = [];
      for (const actor of actorNames) cells.push(await probeCell(options, path, type, actor, watch));
    } else {
      cells = await Promise.all(actorNames.map((actor) => probeCell(options, path, type, actor, null)));
      const changed = await watch.changed();
      if (changed.length > 0) run.failures.push(`${path} (reads): changed ${changed.join(', ')}`);
    }
    for (const cell of cells) {
      run.calls += cell.calls;
      run.legit += cell.legit;
      run.ghostCompared += cell.ghostCompared;
      run.cells += cell.called ? 1 : 0;
      run.crossing += cell.crossed ? 1 : 0;
      run.failures.push(...cell.failures);
    }
  }
  return run;
}
