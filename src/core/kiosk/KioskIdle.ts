// The kiosk's idle clock: how long a visitor may leave the game alone before it warns and then
// returns to the attract screen. Time is passed in (milliseconds from any steady clock).

/** Where the kiosk is: the attract loop, a visitor's play, or the results screen. */
export type KioskPhase = 'attract' | 'play' | 'results';

export interface KioskIdleTimes {
  /** Idle time during a play before the "still there?" warning. */
  playIdleMs: number;
  /** How long the warning shows before the reset. */
  warnMs: number;
  /** Idle time on the results screen before the reset (no warning: the play is over). */
  resultsIdleMs: number;
}

export const KIOSK_IDLE_TIMES: KioskIdleTimes = { playIdleMs: 45_000, warnMs: 10_000, resultsIdleMs: 15_000 };

export type KioskIdleState =
  | { kind: 'attract' }
  | { kind: 'active' }
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'reset' };

export class KioskIdle {
  private phase: KioskPhase = 'attract';
  private lastInputMs: number;

  constructor(
    nowMs: number,
    private readonly times: KioskIdleTimes = KIOSK_IDLE_TIMES,
  ) {
    this.lastInputMs = nowMs;
  }

  /** A new phase starts its idle time afresh. */
  enter(phase: KioskPhase, nowMs: number): void {
    this.phase = phase;
    this.lastInputMs = nowMs;
  }

  get currentPhase(): KioskPhase {
    return this.phase;
  }

  /** A tap, key or drag: the visitor is still there. */
  input(nowMs: number): void {
    this.lastInputMs = Math.max(this.lastInputMs, nowMs);
  }

  state(nowMs: number): KioskIdleState {
    if (this.phase === 'attract') return { kind: 'attract' };
    const idleMs = Math.max(0, nowMs - this.lastInputMs);
    if (this.phase === 'results')
      return idleMs >= this.times.resultsIdleMs ? { kind: 'reset' } : { kind: 'active' };
    const resetAtMs = this.times.playIdleMs + this.times.warnMs;
    if (idleMs >= resetAtMs) return { kind: 'reset' };
    if (idleMs >= this.times.playIdleMs) {
      return { kind: 'warning', secondsLeft: Math.ceil((resetAtMs - idleMs) / 1000) };
    }
    return { kind: 'active' };
  }
}
