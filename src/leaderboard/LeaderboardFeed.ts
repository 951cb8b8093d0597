// Follows one event's leaderboard: the server's event stream (GET /api/leaderboards/:id/stream)
// with the browser's own reconnects; a stream that cannot open is told apart from a missing
// leaderboard by one plain GET.
import { leaderboardSchema } from '../server/promo/promoContract';
import type { LeaderboardView } from './LeaderboardView';

export class LeaderboardFeed {
  private source: EventSource | null = null;

  constructor(
    private readonly publicId: string,
    private readonly view: LeaderboardView,
  ) {}

  start(): void {
    const id = encodeURIComponent(this.publicId);
    const source = new EventSource(`/api/leaderboards/${id}/stream`);
    this.source = source;
    source.addEventListener('leaderboard', (event) => {
      const parsed = leaderboardSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (parsed.success) this.view.show(parsed.data);
      this.view.setOnline(true);
    });
    source.addEventListener('gone', () => {
      source.close();
      this.view.showProblem('notFound');
    });
    source.addEventListener('error', () => {
      this.view.setOnline(false);
      // CLOSED means the browser gave up (a 404 or 503 answer); else it reconnects by itself.
      if (source.readyState === EventSource.CLOSED) void this.afterClosed();
    });
  }

  private async afterClosed(): Promise<void> {
    const response = await fetch(`/api/leaderboards/${encodeURIComponent(this.publicId)}`).catch(() => null);
    if (response?.status === 404 || response?.status === 400) {
      this.view.showProblem('notFound');
      return;
    }
    setTimeout(() => this.start(), 10_000);
  }

  stop(): void {
    this.source?.close();
  }
}
