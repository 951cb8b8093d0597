// Removes promo events whose time is up, with their plays and attempts: once when the server
// is ready and then every CLEANUP_EVERY_MS. The clock and the timer are injected for tests.
import type { PromoRepository } from './PromoRepository';

export const CLEANUP_EVERY_MS = 10 * 60 * 1000;

export interface IntervalTimer {
  repeat(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

export const realTimer: IntervalTimer = {
  repeat: (run, ms) => {
    const handle = setInterval(run, ms);
    handle.unref();
    return handle;
  },
  cancel: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface PromoCleanupOptions {
  now: () => Date;
  /** Hears the ids of the events just removed (to close their leaderboards). */
  onRemoved?: (eventIds: string[]) => void;
  onError?: (error: unknown) => void;
  timer?: IntervalTimer;
}

export class PromoCleanup {
  private handle: unknown = null;
  private running: Promise<string[]> | null = null;

  constructor(
    private readonly repo: PromoRepository,
    private readonly options: PromoCleanupOptions,
  ) {}

  /** Removes every expired event now; returns their ids. Overlapping calls share one run. */
  runOnce(): Promise<string[]> {
    this.running ??= this.repo
      .deleteExpired(this.options.now())
      .then((ids) => {
        if (ids.length > 0) this.options.onRemoved?.(ids);
        return ids;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  start(everyMs = CLEANUP_EVERY_MS): void {
    if (this.handle !== null) return;
    const timer = this.options.timer ?? realTimer;
    this.handle = timer.repeat(() => {
      this.runOnce().catch((error: unknown) => this.options.onError?.(error));
    }, everyMs);
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.handle !== null) (this.options.timer ?? realTimer).cancel(this.handle);
    this.handle = null;
    await this.running?.catch(() => undefined);
  }
}
