import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { appRouter } from '../../api/root.ts';
import { actorAccounts, actorNames, type ActorName } from './access-matrix/actors.ts';
import { matrixClient, type MatrixClient, type ProcedureType } from './access-matrix/call.ts';
import { productTables } from './access-matrix/digest.ts';
import { fixtures } from './access-matrix/fixtures/index.ts';
import { buildWorld, sessionCookie, type World } from './access-matrix/world.ts';
import { walk, type MatrixRun } from './access-matrix/walk.ts';

/** Every procedure of the API as tRPC records it (a flat map of dotted paths), with its type. */
function procedures(): [string, ProcedureType][] {
  const record = appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureType } }>;
  return Object.entries(record).map(([path, procedure]) => [path, procedure._def.type]);
}

/**
 * The access matrix, generated from the router: every procedure, called as every role, an
 * invite-code guest and an anonymous caller, with entity X's objects. See access-matrix/walk.ts
 * for what each call must satisfy and access-matrix/objects.ts for who may read and change what.
 */
describe('the access matrix covers the router', () => {
  it('has an input fixture for every procedure, and none for a procedure that is gone', () => {
    const paths = procedures().map(([path]) => path);
    const missing = paths.filter((p) => !(p in fixtures)).map((p) => `no fixture for procedure ${p}`);
    const stale = Object.keys(fixtures)
      .filter((p) => !paths.includes(p))
      .map((p) => `fixture for a procedure that does not exist: ${p}`);
    expect([...missing, ...stale]).toEqual([]);
  });
});

describe.each(testDatabases())('access matrix on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let world: World;
  const clients = {} as Record<ActorName, MatrixClient>;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    world = await buildWorld(running);
    for (const actor of actorNames) {
      const cookie =
        actor === 'anonymous' ? null : actor === 'guest' ? world.guestCookie : await sessionCookie(running, actorAccounts[actor]);
      clients[actor] = matrixClient(running.url, cookie);
    }
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses every crossing call, leaks nothing of entity X, keys every refusal and changes nothing', async () => {
    const all = procedures();
    const run: MatrixRun = await walk({
      procedures: all,
      fixtures,
      world,
      clients,
      db: running.db,
      tables: await productTables(running.db),
    });
    console.info(
      `[access matrix ${target.name}] ${all.length} procedures × ${actorNames.length} actors: ${run.cells} cells called ` +
        `(${run.crossing} crossing a line), ${run.legit} rightful writes not made, ${run.calls} calls, ${run.ghostCompared} compared with a made-up id`,
    );
    // One line per failure, so a long list reads in full.
    expect(run.failures.join('\n')).toBe('');
  }, 300_000);
});
