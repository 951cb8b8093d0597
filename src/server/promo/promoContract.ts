// The wire format of the promo routes (docs/api.md, "Promo events"): events, kiosk attempts and
// the public leaderboard. Pure zod (no DOM, no Node), so the kiosk, the dashboard and the
// leaderboard page can check what they send and read with the same schemas as the server.
import { z } from 'zod';
import { attemptResultSchema, attemptSubmissionSchema } from '../../client/contract/attemptContract';

/** How long an event's results may be kept, in days after the festival day. */
export const KEEP_DAYS_CHOICES = [1, 7, 30] as const;
/** Most entries the leaderboard shows. */
export const LEADERBOARD_SIZE = 10;

const dateSchema = z.iso.date();

export const eventCreateSchema = z.object({
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(80),
  date: dateSchema,
  /** Default: the first level with promo: true. */
  levelId: z.string().min(1).max(64).optional(),
  keepDays: z.literal(KEEP_DAYS_CHOICES).optional().default(1),
});
export type EventCreate = z.input<typeof eventCreateSchema>;

export const promoEventSchema = z.object({
  id: z.string(),
  name: z.string(),
  date: z.string(),
  levelId: z.string(),
  keepDays: z.int(),
  publicId: z.string(),
  kioskToken: z.string(),
  /** The game in kiosk mode for this event: `/?kiosk=<kioskToken>`. */
  kioskPath: z.string(),
  /** The big-screen page: `/leaderboard.html?event=<publicId>`. */
  leaderboardPath: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  expiresAt: z.string(),
  plays: z.int(),
  visitorsWelcomed: z.int(),
});
export type PromoEvent = z.infer<typeof promoEventSchema>;

/** A kiosk's try at a task: an attempt as in POST /api/attempts, plus the kiosk and the play. */
export const kioskAttemptSchema = attemptSubmissionSchema.extend({
  kioskToken: z.string().min(16).max(100),
  /** One per visitor's play, made by the kiosk (a UUID). */
  playId: z.uuid(),
  /** Only read on a play's first attempt; a generated one when left out. */
  nickname: z.string().max(100).optional(),
});
export type KioskAttempt = z.infer<typeof kioskAttemptSchema>;

export const kioskPlaySchema = z.object({
  playId: z.string(),
  nickname: z.string(),
  points: z.int(),
  maxPoints: z.int(),
  stars: z.int().min(0).max(3),
  visitorsWelcomed: z.int(),
  tasksDone: z.int(),
  /** Place on the event's leaderboard (1 = best). */
  rank: z.int(),
});

export const kioskAttemptResultSchema = attemptResultSchema.extend({ play: kioskPlaySchema });
export type KioskAttemptResult = z.infer<typeof kioskAttemptResultSchema>;

/** What a kiosk learns about its event from its token (POST /api/kiosk/event). */
export const kioskEventSchema = z.object({
  event: z.object({
    name: z.string(),
    date: z.string(),
    levelId: z.string(),
    levelVersion: z.int(),
    publicId: z.string(),
    leaderboardPath: z.string(),
  }),
});

export const leaderboardEntrySchema = z.object({
  /** Stable per play, not the play id. */
  entryId: z.string(),
  rank: z.int(),
  nickname: z.string(),
  points: z.int(),
  stars: z.int().min(0).max(3),
});
export type LeaderboardEntry = z.infer<typeof leaderboardEntrySchema>;

export const leaderboardSchema = z.object({
  event: z.object({
    name: z.string(),
    date: z.string(),
    levelId: z.string(),
    ended: z.boolean(),
  }),
  totals: z.object({ plays: z.int(), visitorsWelcomed: z.int() }),
  top: z.array(leaderboardEntrySchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;
