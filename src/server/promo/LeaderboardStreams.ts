// The open server-sent-event streams of the public leaderboards. Each event's streams share
// one bus subscription; a burst of kiosk results becomes one fresh snapshot at most every
// REFRESH_MS, read from the database and written to every screen of that event.
import type { ServerResponse } from 'node:http';
import type { ClassEventBus } from '../events/ClassEventBus';
import { leaderboardOf } from './leaderboardOf';
import type { PromoRepository } from './PromoRepository';
import { promoChannel } from './promoChannel';
import type { Leaderboard } from './promoContract';

const REFRESH_MS = 250;
const PING_MS = 25_000;
/** Most screens per event, and in all: a leaderboard is for a few big screens, not a crowd. */
export const MAX_STREAMS_PER_EVENT = 20;
export const MAX_STREAMS = 200;

interface EventStreams {
  streams: Set<ServerResponse>;
  unsubscribe: () => void;
  timer: ReturnType<typeof setTimeout> | null;
}

export const sseFrame = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export class LeaderboardStreams {
  private readonly byEvent = new Map<string, EventStreams>();
  private count = 0;
  private readonly ping: ReturnType<typeof setInterval>;

  constructor(
    private readonly repo: PromoRepository,
    private readonly bus: ClassEventBus,
    private readonly onError: (error: unknown) => void,
  ) {
    this.ping = setInterval(() => {
      for (const entry of this.byEvent.values())
        for (const stream of entry.streams) stream.write(': ping\n\n');
    }, PING_MS);
    this.ping.unref();
  }

  /** True when one more screen for this event fits. */
  hasRoom(eventId: string): boolean {
    const streams = this.byEvent.get(eventId)?.streams.size ?? 0;
    return this.count < MAX_STREAMS && streams < MAX_STREAMS_PER_EVENT;
  }

  /** Adds a screen's stream (headers already written) and sends it the current snapshot. */
  add(eventId: string, stream: ServerResponse, snapshot: Leaderboard): void {
    let entry = this.byEvent.get(eventId);
    if (!entry) {
      const created: EventStreams = { streams: new Set(), unsubscribe: () => undefined, timer: null };
      created.unsubscribe = this.bus.subscribe(promoChannel(eventId), () => this.schedule(eventId));
      this.byEvent.set(eventId, created);
      entry = created;
    }
    entry.streams.add(stream);
    this.count += 1;
    stream.write(sseFrame('leaderboard', snapshot));
    stream.on('close', () => this.remove(eventId, stream));
  }

  /** Tells the screens of removed events that their leaderboard is gone, and closes them. */
  closeEvents(eventIds: readonly string[]): void {
    for (const eventId of eventIds) {
      const entry = this.byEvent.get(eventId);
      if (!entry) continue;
      for (const stream of entry.streams) {
        stream.write(sseFrame('gone', {}));
        stream.end();
      }
    }
  }

  closeAll(): void {
    clearInterval(this.ping);
    for (const [eventId, entry] of this.byEvent) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.unsubscribe();
      for (const stream of entry.streams) stream.end();
      this.byEvent.delete(eventId);
    }
    this.count = 0;
  }

  private remove(eventId: string, stream: ServerResponse): void {
    const entry = this.byEvent.get(eventId);
    if (!entry?.streams.delete(stream)) return;
    this.count -= 1;
    if (entry.streams.size > 0) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.unsubscribe();
    this.byEvent.delete(eventId);
  }

  private schedule(eventId: string): void {
    const entry = this.byEvent.get(eventId);
    if (!entry || entry.timer) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      this.refresh(eventId).catch(this.onError);
    }, REFRESH_MS);
  }

  private async refresh(eventId: string): Promise<void> {
    const entry = this.byEvent.get(eventId);
    if (!entry) return;
    const event = await this.repo.findById(eventId);
    if (!event) return this.closeEvents([eventId]);
    const frame = sseFrame('leaderboard', await leaderboardOf(this.repo, event));
    for (const stream of entry.streams) stream.write(frame);
  }
}
