// The promo tables (migration 003_promo_events) as Kysely sees them; repositories reach them
// through db.withTables<PromoTables>(), so the shared DatabaseSchema stays as it is.
export interface PromoEventTable {
  id: string;
  teacher_id: string;
  name: string;
  /** The festival day, YYYY-MM-DD. */
  event_date: string;
  level_id: string;
  keep_days: number;
  /** Short random id for the public leaderboard link. */
  public_id: string;
  /** Random token that lets a kiosk submit plays to this event only (kept readable, like card secrets). */
  kiosk_token: string;
  created_at: string;
  ended_at: string | null;
  /** When the event and its results are deleted. */
  expires_at: string;
}

export interface PromoPlayTable {
  /** Chosen by the kiosk (a UUID), one per visitor's play. */
  id: string;
  event_id: string;
  nickname: string;
  level_version: number;
  seed: number;
  points: number;
  max_points: number;
  stars: number;
  /** Virtual visitors welcomed (core visitorsWelcomed). */
  visitors: number;
  /** Tasks with a right answer. */
  tasks_done: number;
  started_at: string;
  updated_at: string;
}

export interface PromoAttemptTable {
  id: string;
  play_id: string;
  event_id: string;
  task_id: string;
  seq: number;
  answer_json: string;
  hints_used: number;
  time_ms: number;
  client_created_at: string;
  received_at: string;
  correct: number;
  category: string;
  task_attempts: number;
  task_correct: number;
  task_points: number;
  task_max_points: number;
  task_stars: number;
  scoring_version: number;
}

export type PromoTables = {
  promo_events: PromoEventTable;
  promo_plays: PromoPlayTable;
  promo_attempts: PromoAttemptTable;
};
