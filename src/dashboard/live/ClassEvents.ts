// Live updates of one class: listens to the server's event stream and calls `changed` (at most
// a few times a second) whenever a pupil submits, joins or is deleted.
export class ClassEvents {
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly changed: () => void,
    private readonly connection: (open: boolean) => void,
    private readonly delayMs = 250,
  ) {}

  start(): void {
    const source = new EventSource(this.url);
    this.source = source;
    const schedule = () => {
      if (this.timer !== null) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.changed();
      }, this.delayMs);
    };
    source.addEventListener('attempt', schedule);
    source.addEventListener('pupil', schedule);
    source.addEventListener('open', () => this.connection(true));
    source.addEventListener('error', () => this.connection(false));
  }

  stop(): void {
    this.source?.close();
    this.source = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
