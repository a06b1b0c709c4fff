import type { Kysely } from 'kysely';
import type { EngineTables } from '../db/schema.ts';
import { systemActor } from './actor.ts';
import type { WorkflowEngine } from './engine.ts';
import { WorkflowError } from './errors.ts';

export interface SchedulerOptions {
  intervalMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Fires due timer rows. Each row is claimed with FOR UPDATE SKIP LOCKED and fired in
 * the same transaction as the event it sends, so with any number of schedulers a timer
 * fires exactly once, and a timer that fell due while every process was down fires on
 * the next tick after start.
 */
export class TimerScheduler {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<number> | null = null;
  #stopping = false;

  constructor(
    private readonly engine: WorkflowEngine,
    private readonly options: SchedulerOptions = {},
  ) {}

  start(): void {
    if (this.#timer) return;
    const tick = () => {
      this.#running ??= this.fireDue()
        .catch((err: unknown) => {
          this.options.onError?.(err);
          return 0;
        })
        .finally(() => {
          this.#running = null;
        });
    };
    this.#timer = setInterval(tick, this.options.intervalMs ?? 1000);
    this.#timer.unref();
    tick();
  }

  /**
   * Stops ticking and waits for the timer being fired to commit: its claim (the row lock) is then
   * released, and due timers not reached yet stay pending for the next scheduler, in any process.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
    this.#stopping = false;
  }

  /** Fires every timer due at `now` (the engine's clock unless given); returns how many this scheduler fired. */
  async fireDue(now: Date = this.engine.clock(), limit = 500): Promise<number> {
    let fired = 0;
    while (fired < limit && !this.#stopping && (await this.#fireOne(now))) fired++;
    return fired;
  }

  async #fireOne(now: Date): Promise<boolean> {
    return this.engine.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('workflow_timers')
        .select(['id', 'instance_id', 'event', 'due_at'])
        .where('status', '=', 'pending')
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!due) return false;
      await markTimer(trx, due.id, 'fired', now);
      try {
        // `at` is the due time, so a timer replayed after downtime computes as if on time.
        await this.engine.send({ instanceId: due.instance_id, event: due.event, actor: systemActor, at: new Date(due.due_at) }, trx);
      } catch (err) {
        // The state moved on before the timer came due: keep the row as evidence, fire nothing.
        if (err instanceof WorkflowError && (err.code === 'EVENT_NOT_ACCEPTED' || err.code === 'NOT_FOUND')) {
          await markTimer(trx, due.id, 'stale', now);
        } else {
          throw err;
        }
      }
      return true;
    });
  }
}

async function markTimer(trx: Kysely<EngineTables>, id: number, status: 'fired' | 'stale', now: Date) {
  await trx.updateTable('workflow_timers').set({ status, fired_at: now }).where('id', '=', id).execute();
}
