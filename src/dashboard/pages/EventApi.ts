// The dashboard's calls for promo events (docs/api.md, "Promo events"), checked with zod/mini
// schemas like the rest of the dashboard: same-origin fetch, the CSRF header on every write.
import { z } from 'zod/mini';
import { send } from '../api/sendRequest';

const eventSchema = z.object({
  id: z.string(),
  name: z.string(),
  date: z.string(),
  levelId: z.string(),
  keepDays: z.int(),
  publicId: z.string(),
  kioskPath: z.string(),
  leaderboardPath: z.string(),
  createdAt: z.string(),
  endedAt: z.nullable(z.string()),
  expiresAt: z.string(),
  plays: z.int(),
  visitorsWelcomed: z.int(),
});
export type DashboardEvent = z.infer<typeof eventSchema>;

const entrySchema = z.object({
  entryId: z.string(),
  rank: z.int(),
  nickname: z.string(),
  points: z.int(),
  stars: z.int(),
});
export type DashboardEntry = z.infer<typeof entrySchema>;

const eventsSchema = z.object({ events: z.array(eventSchema) });
const oneEventSchema = z.object({ event: eventSchema });
const eventDetailSchema = z.object({
  event: eventSchema,
  leaderboard: z.object({ top: z.array(entrySchema) }),
});

const ev = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

export const eventApi = {
  list: async () => eventsSchema.parse(await (await send('GET', '/api/events')).json()),
  create: async (event: { name: string; date: string; levelId: string; keepDays: number }) =>
    oneEventSchema.parse(await (await send('POST', '/api/events', event)).json()),
  get: async (eventId: string) => eventDetailSchema.parse(await (await send('GET', ev(eventId))).json()),
  end: async (eventId: string) =>
    oneEventSchema.parse(await (await send('POST', `${ev(eventId)}/end`)).json()),
  clearResults: async (eventId: string) => void (await send('DELETE', `${ev(eventId)}/results`)),
  remove: async (eventId: string) => void (await send('DELETE', ev(eventId))),
  qrUrl: (eventId: string, which: 'kiosk' | 'leaderboard') => `${ev(eventId)}/${which}-qr.svg`,
  /** The public stream of the event's leaderboard, for live numbers on the event page. */
  streamUrl: (publicId: string) => `/api/leaderboards/${encodeURIComponent(publicId)}/stream`,
};
