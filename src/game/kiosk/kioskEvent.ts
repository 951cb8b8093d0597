// The kiosk's event (name, level) from its token: asked from the server at start, remembered on
// the device so a kiosk that starts without network still plays the right level.
import { z } from 'zod';
import { ApiClient, ApiError } from '../../client/ApiClient';
import { kioskEventSchema } from '../../server/promo/promoContract';

const CACHE_KEY = 'festivalmakers.kiosk.event';
const cacheSchema = z.object({ token: z.string(), event: kioskEventSchema.shape.event });

export type KioskEventInfo = z.infer<typeof cacheSchema>['event'];

export type KioskEventStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; event: KioskEventInfo | null }
  | { kind: 'refused' };

function cached(token: string): KioskEventInfo | null {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null'));
    return parsed.success && parsed.data.token === token ? parsed.data.event : null;
  } catch {
    return null;
  }
}

/**
 * Asks the server for the event. A refused token (unknown, ended, expired) is `refused`; no
 * answer at all falls back to the remembered event, or to none (the first promo level then).
 */
export async function loadKioskEvent(token: string, api = new ApiClient()): Promise<KioskEventStatus> {
  try {
    const { event } = await api.request('POST', '/api/kiosk/event', { kioskToken: token }, kioskEventSchema);
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify({ token, event }));
    } catch {
      // Without storage the kiosk asks again next start.
    }
    return { kind: 'ready', event };
  } catch (error) {
    if (error instanceof ApiError && !error.retryable) return { kind: 'refused' };
    return { kind: 'ready', event: cached(token) };
  }
}
