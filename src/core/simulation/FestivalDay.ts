// The festival day as a small seeded simulation driven by step(dtS): visitors stream in, the
// band plays, and the level's meters show through: too loud means complaints, low power means
// flickering lights, low safety means queues and crowding, low sustainability means litter.
import { z } from 'zod';
import type { Meters } from '../domain/Meter';
import { createRng } from '../random/Rng';
import { soundLevelParamsSchema } from '../tasks/soundLevel/SoundLevelTask';
import { VLAREM_LIMIT_DBA } from '../tasks/soundLevel/soundPhysics';

export type FestivalEventKind =
  | 'gates-open'
  | 'band-starts'
  | 'complaint'
  | 'flicker'
  | 'queue'
  | 'litter'
  | 'cheer'
  | 'finale';

export interface FestivalEvent {
  timeS: number;
  kind: FestivalEventKind;
}

export interface FestivalDayState {
  timeS: number;
  durationS: number;
  /** Visitors on the site now. */
  visitors: number;
  capacity: number;
  /** Visitors waiting at the entrance and the toilets. */
  queue: number;
  /** Level at the mixing desk now, and the limit that applies. */
  soundDbA: number;
  limitDbA: number;
  complaints: number;
  /** The lights are on (false for a moment during a flicker). */
  lightsOn: boolean;
  /** Visitors per m² in front of the stage. */
  densityPerM2: number;
  litter: number;
  /** Mood of the crowd, 0 (leaving) to 1 (ecstatic). */
  mood: number;
  bandPlaying: boolean;
  finished: boolean;
  events: FestivalEvent[];
}

export interface FestivalDayOptions {
  meters: Meters;
  seed: number;
  durationS?: number;
  capacity?: number;
  limitDbA?: number;
  /** Area in front of the stage, in m². */
  standingAreaM2?: number;
}

export interface FestivalDay {
  state(): Readonly<FestivalDayState>;
  /** Advances the day by `dtS` seconds (large steps are split into small ones). */
  step(dtS: number): void;
  /** Runs the rest of the day at once (the pupil pressed Skip). */
  finish(): void;
}

/** The limit when a level has no sound-level task: VLAREM category 2. */
export const DEFAULT_LIMIT_DBA = VLAREM_LIMIT_DBA[2];

const soundCategorySchema = z.object({ category: soundLevelParamsSchema.shape.category });

/** The festival day's sound limit: the VLAREM category of the level's sound-level task. */
export function festivalLimitDbA(tasks: readonly { kind: string; params: unknown }[]): number {
  for (const task of tasks) {
    if (task.kind !== 'sound-level') continue;
    const params = soundCategorySchema.safeParse(task.params);
    if (params.success) return VLAREM_LIMIT_DBA[params.data.category];
  }
  return DEFAULT_LIMIT_DBA;
}

const STEP_S = 0.1;
const GATES_OPEN_S = 2;
const BAND_STARTS_AT = 0.25;
/** A queue this long, or every this many pieces of litter, is worth telling the pupil. */
const QUEUE_ALERT = 25;
const LITTER_ALERT = 10;

export function createFestivalDay(options: FestivalDayOptions): FestivalDay {
  const { meters } = options;
  const rng = createRng(options.seed);
  const durationS = options.durationS ?? 40;
  const capacity = options.capacity ?? 400;
  const limitDbA = options.limitDbA ?? DEFAULT_LIMIT_DBA;
  const areaM2 = options.standingAreaM2 ?? 250;
  // A poorly done sound task leaves the level up to 12 dB over the limit.
  const loudnessOverDb = (1 - meters.sound) * 12 - 3;
  // Safety below one half lets the crowd pack in and the queues grow.
  const crowding = 1 + Math.max(0, 0.5 - meters.safety) * 2.4;
  const flickerPerS = Math.max(0, 0.6 - meters.power) * 0.9;
  const litterPerVisitorS = Math.max(0, 0.7 - meters.sustainability) * 0.004;
  const queuePerS = Math.max(0, 0.6 - meters.safety) * 12;

  const s: FestivalDayState = {
    timeS: 0,
    durationS,
    visitors: 0,
    capacity,
    queue: 0,
    soundDbA: 0,
    limitDbA,
    complaints: 0,
    lightsOn: true,
    densityPerM2: 0,
    litter: 0,
    mood: 0.5,
    bandPlaying: false,
    finished: false,
    events: [],
  };
  let flickerLeftS = 0;
  let complaintClockS = 0;
  let nextCheerS = durationS * 0.4;

  const emit = (kind: FestivalEventKind) => s.events.push({ timeS: Math.round(s.timeS * 10) / 10, kind });

  function tick(dtS: number): void {
    const before = s.timeS;
    s.timeS = Math.min(durationS, s.timeS + dtS);
    const progress = s.timeS / durationS;
    if (before < GATES_OPEN_S && s.timeS >= GATES_OPEN_S) emit('gates-open');
    if (s.timeS >= GATES_OPEN_S) {
      // Arrivals rise fast then slow down as the site fills, with a little seeded jitter.
      const room = capacity - s.visitors;
      s.visitors = Math.min(capacity, s.visitors + room * 0.12 * dtS * (0.7 + rng.next() * 0.6));
      const queueBefore = s.queue;
      s.queue = Math.max(0, s.queue + (queuePerS * (0.5 + rng.next()) - 4) * dtS);
      if (queueBefore < QUEUE_ALERT && s.queue >= QUEUE_ALERT) emit('queue');
    }
    if (!s.bandPlaying && progress >= BAND_STARTS_AT) {
      s.bandPlaying = true;
      emit('band-starts');
    }
    s.soundDbA = s.bandPlaying ? limitDbA + loudnessOverDb + Math.sin(s.timeS * 2.1) * 1.5 : 60;
    if (s.bandPlaying && s.soundDbA > limitDbA) {
      complaintClockS += dtS * (s.soundDbA - limitDbA);
      if (complaintClockS >= 12) {
        complaintClockS = 0;
        s.complaints += 1;
        emit('complaint');
      }
    }
    if (flickerLeftS > 0) {
      flickerLeftS -= dtS;
      s.lightsOn = flickerLeftS <= 0;
    } else if (s.bandPlaying && rng.next() < flickerPerS * dtS) {
      flickerLeftS = 0.6;
      s.lightsOn = false;
      emit('flicker');
    }
    s.densityPerM2 = ((s.visitors * 0.6) / areaM2) * crowding;
    const newLitter = s.visitors * litterPerVisitorS * dtS;
    if (Math.floor((s.litter + newLitter) / LITTER_ALERT) > Math.floor(s.litter / LITTER_ALERT))
      emit('litter');
    s.litter += newLitter;
    const target =
      meters.happiness * 0.5 +
      0.5 -
      Math.max(0, s.soundDbA - limitDbA) * 0.03 -
      (s.lightsOn ? 0 : 0.2) -
      Math.max(0, s.densityPerM2 - 2.5) * 0.2 -
      Math.min(0.2, s.queue / 200);
    s.mood += (Math.min(1, Math.max(0, target)) - s.mood) * Math.min(1, dtS * 0.8);
    if (s.bandPlaying && s.timeS >= nextCheerS) {
      nextCheerS += durationS * 0.25;
      if (s.mood > 0.55) emit('cheer');
    }
    if (s.timeS >= durationS && !s.finished) {
      s.finished = true;
      s.bandPlaying = false;
      emit('finale');
    }
  }

  return {
    state: () => s,
    step(dtS: number) {
      let left = Math.max(0, dtS);
      while (left > 1e-9 && !s.finished) {
        const dt = Math.min(STEP_S, left);
        tick(dt);
        left -= dt;
      }
    },
    finish() {
      while (!s.finished) tick(STEP_S);
    },
  };
}
