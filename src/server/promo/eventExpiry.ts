// When a promo event's results are removed: at 00:00 UTC after the festival day plus the
// chosen number of days (1 by default), so they last the whole day and `keepDays` days more.
const DAY_MS = 24 * 3600 * 1000;

export function eventExpiresAt(eventDate: string, keepDays: number): Date {
  const dayStart = Date.parse(`${eventDate}T00:00:00.000Z`);
  if (Number.isNaN(dayStart)) throw new RangeError(`not a calendar day: ${eventDate}`);
  return new Date(dayStart + (1 + keepDays) * DAY_MS);
}
