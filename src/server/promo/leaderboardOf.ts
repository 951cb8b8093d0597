// The public leaderboard of an event: its best plays and the running totals. Nicknames,
// points and stars only: nothing that identifies a visitor or a kiosk.

import type { PromoEventRow, PromoRepository } from './PromoRepository';
import { LEADERBOARD_SIZE, type Leaderboard } from './promoContract';

export async function leaderboardOf(repo: PromoRepository, event: PromoEventRow): Promise<Leaderboard> {
  const [totals, top] = await Promise.all([repo.totals(event.id), repo.top(event.id, LEADERBOARD_SIZE)]);
  return {
    event: {
      name: event.name,
      date: event.event_date,
      levelId: event.level_id,
      ended: event.ended_at !== null,
    },
    totals,
    top,
  };
}
