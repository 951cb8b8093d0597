// Live updates across server processes that share one PostgreSQL database: an event reaches
// this process's own listeners at once and the other processes through NOTIFY; one dedicated
// connection per process LISTENs, and is made again (with backoff) whenever it breaks.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import type { DatabaseSchema } from '../db/DatabaseSchema';
import { postgresClientConfig } from '../db/postgresClientConfig';
import type { ClassEvent, ClassEventBus, ClassEventListener } from './ClassEventBus';
import { classEventSchema } from './classEventSchema';
import { MemoryEventBus } from './MemoryEventBus';

export const RECONNECT_FIRST_MS = 250;
export const RECONNECT_MAX_MS = 10_000;
/** The LISTEN connection's application_name (in pg_stat_activity), followed by the schema. */
export const LISTENER_APPLICATION_NAME = 'festivalmakers-listen';

/** What travels in a NOTIFY payload: the sending process, the class and the event. */
const notificationSchema = z.object({ origin: z.string(), classId: z.string(), event: classEventSchema });

export interface PostgresEventBusOptions {
  url: string;
  /** The schema the tables live in; processes on the same schema hear each other. */
  schema: string;
  /** The pool the NOTIFYs are sent through. */
  db: Kysely<DatabaseSchema>;
  /** Hears connection losses, failed reconnects, failed NOTIFYs and bad payloads. */
  onProblem: (problem: string, error: unknown) => void;
}

export class PostgresEventBus implements ClassEventBus {
  private readonly local = new MemoryEventBus();
  private readonly origin = randomUUID();
  private readonly channel: string;
  private listener: pg.Client | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMs = RECONNECT_FIRST_MS;
  private closed = false;

  private constructor(private readonly options: PostgresEventBusOptions) {
    this.channel = `festivalmakers_events_${options.schema}`;
  }

  /** Starts listening; rejects when the first connection cannot be made. */
  static async start(options: PostgresEventBusOptions): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(options);
    await bus.connect();
    return bus;
  }

  /** True while the LISTEN connection is up (events from other processes arrive). */
  get listening(): boolean {
    return this.listener !== null;
  }

  async publish(classId: string, event: ClassEvent): Promise<void> {
    await this.local.publish(classId, event);
    const payload = JSON.stringify({ origin: this.origin, classId, event });
    try {
      await sql`select pg_notify(${this.channel}, ${payload})`.execute(this.options.db);
    } catch (error) {
      // The result is stored already; a lost live update must not fail the pupil's request.
      this.options.onProblem('could not send a live update to the other processes', error);
    }
  }

  subscribe(classId: string, listener: ClassEventListener): () => void {
    return this.local.subscribe(classId, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.local.close();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(
      postgresClientConfig(
        this.options.url,
        this.options.schema,
        `${LISTENER_APPLICATION_NAME}-${this.options.schema}`,
      ),
    );
    client.on('notification', (message) => this.receive(message.channel, message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.retryMs = RECONNECT_FIRST_MS;
  }

  private receive(channel: string, payload: string | undefined): void {
    if (channel !== this.channel || payload === undefined) return;
    let parsed: z.infer<typeof notificationSchema>;
    try {
      parsed = notificationSchema.parse(JSON.parse(payload));
    } catch (error) {
      this.options.onProblem('ignored a live update that is not a class event', error);
      return;
    }
    if (parsed.origin === this.origin) return; // delivered locally when it was published
    void this.local.publish(parsed.classId, parsed.event);
  }

  private lost(client: pg.Client, error: Error): void {
    if (client !== this.listener) return;
    this.listener = null;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.onProblem('lost the LISTEN connection; reconnecting', error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const waitMs = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch((error: unknown) => {
        this.options.onProblem('could not reconnect the LISTEN connection', error);
        this.scheduleReconnect();
      });
    }, waitMs);
  }
}
