// One visitor's play at the kiosk: a fresh profile under the chosen nickname, a server-safe
// seed, a play id for the event, and the hand-over of each recorded try to the outbox.
import { attemptsToSend } from '../../core/kiosk/attemptsToSend';
import type { Level } from '../../core/levels/LevelSchema';
import {
  ACCESSORIES,
  type Avatar,
  HAIR_COLOURS,
  HAIR_STYLES,
  OUTFIT_COLOURS,
  SKIN_TONES,
} from '../../core/progress/Avatar';
import { createRng, type Rng } from '../../core/random/Rng';
import { type KioskAttempt, kioskAttemptSchema } from '../../server/promo/promoContract';
import { currentProfile, saveAvatar, setClassSeed } from '../state/ProgressStore';

/** A random look for the visitor's festival figure. */
function randomAvatar(rng: Rng): Avatar {
  return {
    skin: rng.int(0, SKIN_TONES - 1),
    hairStyle: rng.pick(HAIR_STYLES),
    hairColour: rng.int(0, HAIR_COLOURS - 1),
    top: rng.int(0, OUTFIT_COLOURS - 1),
    bottom: rng.int(0, OUTFIT_COLOURS - 1),
    accessory: rng.pick(ACCESSORIES),
  };
}

const randomUint32 = (): number => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

/** What the server said about the play after its latest try. */
export interface PlayStanding {
  points: number;
  rank: number;
}

export class KioskPlay {
  readonly playId = crypto.randomUUID();
  /** Fits the server's seed column (31 bits). */
  readonly seed = randomUint32() & 0x7fffffff;
  private readonly sent: Record<string, number> = {};
  standing: PlayStanding | null = null;

  constructor(
    readonly nickname: string,
    readonly level: Level,
    private readonly kioskToken: string,
  ) {
    saveAvatar(nickname, randomAvatar(createRng(randomUint32())));
    setClassSeed(this.seed);
  }

  /** The tries recorded since the last call, checked as kiosk attempts for the outbox. */
  newTries(now: Date): KioskAttempt[] {
    const attempts = currentProfile()?.levels[this.level.id]?.attempts ?? {};
    const found = attemptsToSend(
      attempts,
      this.sent,
      this.level.tasks.map((t) => t.id),
    );
    return found.map((f, i) => {
      this.sent[f.taskId] = f.index + 1;
      return kioskAttemptSchema.parse({
        attemptId: crypto.randomUUID(),
        kioskToken: this.kioskToken,
        playId: this.playId,
        nickname: this.nickname,
        levelId: this.level.id,
        levelVersion: this.level.version,
        taskId: f.taskId,
        seed: this.seed,
        answer: f.attempt.answer,
        hintsUsed: f.attempt.hintsUsed,
        timeMs: f.attempt.timeMs,
        // Tries found together keep their order on the server.
        clientCreatedAt: new Date(now.getTime() + i).toISOString(),
      });
    });
  }
}
