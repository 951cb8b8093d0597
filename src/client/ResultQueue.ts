// The game's outbox for task attempts: every attempt is first saved in IndexedDB, then sent;
// it stays until the server acknowledged it, so no result is lost when the Wi-Fi drops, the
// tablet sleeps or the server restarts.
//
//   const queue = new ResultQueue({ send: (s) => api.submitAttempt(s) });
//   queue.onResult((result) => showOfficialScore(result));   // the server's score
//   queue.onChange((pending) => badge.set(pending));         // unsent count
//   queue.start();                                           // sends what is left; listens for 'online'
//   await queue.add(submission);                             // store, then try to send
//
// Sending is in the order the attempts were made (the server scores tries in order). A network
// error, a 429 or a 5xx is retried with backoff (1 s doubling to 60 s) and on the 'online'
// event. 401/403 (not logged in) wait for the next start() or add(). Any other refusal
// (400, 404, 409 version or seed mismatch) cannot succeed later: the attempt is dropped and
// reported to onDropped. An attemptId is stored once, so adding it again changes nothing.
import { createStore, del, entries, set } from 'idb-keyval';
import { ApiError } from './ApiClient';
import {
  type AttemptResult,
  type AttemptSubmission,
  attemptSubmissionSchema,
} from './contract/attemptContract';

/** Where pending attempts live; IndexedDB by default, a Map in tests. */
export interface PendingStore {
  entries(): Promise<[string, unknown][]>;
  set(key: string, value: AttemptSubmission): Promise<void>;
  delete(key: string): Promise<void>;
}

export function indexedDbStore(): PendingStore {
  const store = createStore('festivalmakers-results', 'pending');
  return {
    entries: async () => (await entries<IDBValidKey, unknown>(store)).map(([k, v]) => [String(k), v]),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
  };
}

export interface ResultQueueOptions {
  send: (submission: AttemptSubmission) => Promise<AttemptResult>;
  store?: PendingStore;
  /** Timer for retries (tests pass a fake). */
  schedule?: (run: () => void, delayMs: number) => unknown;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;

export class ResultQueue {
  private readonly send: ResultQueueOptions['send'];
  private readonly store: PendingStore;
  private readonly schedule: NonNullable<ResultQueueOptions['schedule']>;
  private pending = new Map<string, AttemptSubmission>();
  private loaded: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: unknown = null;
  private readonly resultListeners = new Set<(result: AttemptResult) => void>();
  private readonly changeListeners = new Set<(pending: number) => void>();
  private readonly dropListeners = new Set<(submission: AttemptSubmission, error: ApiError) => void>();
  private readonly online = () => void this.flush();

  constructor(options: ResultQueueOptions) {
    this.send = options.send;
    this.store = options.store ?? indexedDbStore();
    this.schedule = options.schedule ?? ((run, delayMs) => setTimeout(run, delayMs));
  }

  /** Loads what an earlier visit left, sends it, and resends when the browser is online again. */
  start(): Promise<void> {
    if (typeof window !== 'undefined') window.addEventListener('online', this.online);
    return this.flush();
  }

  stop(): void {
    if (typeof window !== 'undefined') window.removeEventListener('online', this.online);
  }

  /** Stores the attempt (once per attemptId), then tries to send everything pending. */
  async add(submission: AttemptSubmission): Promise<void> {
    await this.load();
    const valid = attemptSubmissionSchema.parse(submission);
    if (!this.pending.has(valid.attemptId)) {
      await this.store.set(valid.attemptId, valid);
      this.pending.set(valid.attemptId, valid);
      this.changed();
    }
    await this.flush();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  onResult(listener: (result: AttemptResult) => void): () => void {
    this.resultListeners.add(listener);
    return () => this.resultListeners.delete(listener);
  }

  onChange(listener: (pending: number) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onDropped(listener: (submission: AttemptSubmission, error: ApiError) => void): () => void {
    this.dropListeners.add(listener);
    return () => this.dropListeners.delete(listener);
  }

  /** Sends pending attempts in order until one fails for a reason worth waiting for. */
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
    for (const submission of ordered) {
      try {
        const result = await this.send(submission);
        await this.forget(submission.attemptId);
        this.retryMs = FIRST_RETRY_MS;
        for (const listener of this.resultListeners) listener(result);
      } catch (error) {
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, 'network', 'the server cannot be reached');
        if (apiError.retryable) return this.retryLater();
        if (apiError.status === 401 || apiError.status === 403) return;
        await this.forget(submission.attemptId);
        for (const listener of this.dropListeners) listener(submission, apiError);
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
    await this.store.delete(attemptId);
    this.pending.delete(attemptId);
    this.changed();
  }

  private load(): Promise<void> {
    this.loaded ??= this.store.entries().then((stored) => {
      for (const [key, value] of stored) {
        const parsed = attemptSubmissionSchema.safeParse(value);
        if (parsed.success) this.pending.set(parsed.data.attemptId, parsed.data);
        else void this.store.delete(key);
      }
      this.changed();
    });
    return this.loaded;
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener(this.pending.size);
  }
}
