// Every attempt of a pupil in a class goes into the ResultQueue (IndexedDB) and is sent when the
// server can be reached; a local player or a teacher's preview sends nothing. Listeners hear
// how many results are still waiting.
import type { AttemptSubmission } from '../../client/contract/attemptContract';
import { ResultQueue } from '../../client/ResultQueue';
import { classMembership } from '../state/ClassMembership';
import { isPreview } from '../state/ProgressStore';
import { newAttemptId } from './attemptId';
import { classLink } from './ClassLink';

export interface PlayedAttempt {
  levelId: string;
  levelVersion: number;
  taskId: string;
  seed: number;
  answer: unknown;
  hintsUsed: number;
  timeMs: number;
}

let queue: ResultQueue | null = null;
let pending = 0;
const listeners = new Set<(pending: number) => void>();

function outbox(): ResultQueue {
  if (queue) return queue;
  const started = new ResultQueue({ send: (submission) => classLink().submitAttempt(submission) });
  started.onChange((count) => {
    pending = count;
    for (const listener of listeners) listener(count);
  });
  started.onDropped((submission, error) =>
    console.warn(`The server refused attempt ${submission.attemptId}: ${error.code} (${error.message})`),
  );
  void started.start();
  queue = started;
  return started;
}

/** Starts sending what an earlier visit left, when this profile is in a class. */
export function startOutbox(): void {
  if (classMembership() && !isPreview()) void outbox().flush();
}

/** Queues one attempt for the class's server; does nothing without a class. */
export function queueAttempt(attempt: PlayedAttempt): void {
  if (!classMembership() || isPreview()) return;
  const submission: AttemptSubmission = {
    attemptId: newAttemptId(),
    ...attempt,
    answer: JSON.parse(JSON.stringify(attempt.answer ?? null)),
    clientCreatedAt: new Date().toISOString(),
  };
  outbox()
    .add(submission)
    .catch((error: unknown) => console.warn('An attempt could not be queued', error));
}

export const pendingResults = (): number => pending;

/** Calls `listener` with the number of unsent results whenever it changes; returns the unsubscribe. */
export function onPendingChange(listener: (pending: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
