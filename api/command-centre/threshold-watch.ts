import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { checkThresholds } from './threshold-check.ts';

/**
 * Runs the target check after ingests (a burst of pushes collapses into one more run) and every
 * `intervalMs`, so a breach that lasts while no event arrives is still seen and raised.
 */
export class ThresholdWatch {
  #running: Promise<void> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: { db: DB; engine: WorkflowEngine },
    private readonly logger: Logger,
  ) {}

  nudge(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        try {
          await checkThresholds(this.deps, this.deps.engine.clock());
        } catch (err) {
          this.logger.error({ err }, 'command-centre target check failed');
        }
      } while (this.#again);
    })().finally(() => {
      this.#running = null;
    });
  }

  start(intervalMs = 60_000): void {
    this.#timer ??= setInterval(() => this.nudge(), intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.#again = false;
    await this.#running;
  }
}
