// Promo updates travel over the app's ClassEventBus (in-memory, or LISTEN/NOTIFY across
// processes on PostgreSQL) on a channel of their own per event, so every process's
// leaderboard streams hear a kiosk result stored by any process.
import type { ClassEvent } from '../events/ClassEventBus';

export const promoChannel = (eventId: string): string => `promo-event:${eventId}`;

/** The signal "this event's leaderboard changed"; the streams read the new state themselves. */
export const leaderboardChanged = (levelId: string, taskId: string, receivedAt: string): ClassEvent => ({
  type: 'attempt',
  pupilId: '',
  levelId,
  taskId,
  correct: false,
  taskPoints: 0,
  taskStars: 0,
  receivedAt,
});
