// The kiosk's outbox: every visitor's try is first saved in IndexedDB, then sent to the event's
// kiosk API (POST /api/kiosk/attempts); it stays until the server has it, so a network drop or a
// reload loses nothing. Sent in order; retried with backoff (1 s doubling to 60 s) and on
// 'online'; a refusal that can never succeed (400, 404, 409) is dropped. The server answers a
// resend of the same attemptId from what it stored, so a resend never counts twice.
import { createStore, del, entries, set } from 'idb-keyval';
import { ApiError } from '../../client/ApiClient';
import { KIOSK_OUTBOX_DB } from '../../core/kiosk/kioskTrace';
import {
  type KioskAttempt,
  type KioskAttemptResult,
  kioskAttemptSchema,
} from '../../server/promo/promoContract';

export interface KioskOutboxOptions {
  send: (attempt: KioskAttempt) => Promise<KioskAttemptResult>;
  schedule?: (run: () => void, delayMs: number) => unknown;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;

export class KioskOutbox {
  private readonly store = createStore(KIOSK_OUTBOX_DB, 'outbox');
  private readonly pending = new Map<string, KioskAttempt>();
  private loaded: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: unknown = null;
  private readonly resultListeners = new Set<(result: KioskAttemptResult) => void>();
  private readonly schedule: NonNullable<KioskOutboxOptions['schedule']>;

  constructor(private readonly options: KioskOutboxOptions) {
    this.schedule = options.schedule ?? ((run, delayMs) => setTimeout(run, delayMs));
  }

  /** Sends what an earlier visit left and resends whenever the browser is online again. */
  start(): Promise<void> {
    window.addEventListener('online', () => void this.flush());
    return this.flush();
  }

  /** Stores the try (once per attemptId), then tries to send everything pending. */
  async add(attempt: KioskAttempt): Promise<void> {
    await this.load();
    const valid = kioskAttemptSchema.parse(attempt);
    if (!this.pending.has(valid.attemptId)) {
      await set(valid.attemptId, valid, this.store);
      this.pending.set(valid.attemptId, valid);
    }
    await this.flush();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** True while a try of this play waits to be sent. */
  hasPending(playId: string): boolean {
    return [...this.pending.values()].some((a) => a.playId === playId);
  }

  onResult(listener: (result: KioskAttemptResult) => void): () => void {
    this.resultListeners.add(listener);
    return () => this.resultListeners.delete(listener);
  }

  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendAll(): Promise<void> {
    await this.load();
    const ordered = [...this.pending.values()].sort(
      (a, b) => a.clientCreatedAt.localeCompare(b.clientCreatedAt) || a.attemptId.localeCompare(b.attemptId),
    );
    for (const attempt of ordered) {
      try {
        const result = await this.options.send(attempt);
        await this.forget(attempt.attemptId);
        this.retryMs = FIRST_RETRY_MS;
        for (const listener of this.resultListeners) listener(result);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
        if (apiError.retryable) return this.retryLater();
        console.warn(`kiosk try ${attempt.attemptId} refused: ${apiError.status} ${apiError.code}`);
        await this.forget(attempt.attemptId);
      }
    }
  }

  private retryLater(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = this.schedule(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryMs);
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
  }

  private async forget(attemptId: string): Promise<void> {
    await del(attemptId, this.store);
    this.pending.delete(attemptId);
  }

  private load(): Promise<void> {
    this.loaded ??= entries<IDBValidKey, unknown>(this.store).then((stored) => {
      for (const [key, value] of stored) {
        const parsed = kioskAttemptSchema.safeParse(value);
        if (parsed.success) this.pending.set(parsed.data.attemptId, parsed.data);
        else void del(key, this.store);
      }
    });
    return this.loaded;
  }
}
