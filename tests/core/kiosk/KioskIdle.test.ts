// The kiosk's idle rules: warning and reset during a play, a short reset on the results screen,
// input and new phases restarting the clock, and nothing ever happening on the attract loop.
import { describe, expect, it } from 'vitest';
import { KIOSK_IDLE_TIMES, KioskIdle } from '../../../src/core/kiosk/KioskIdle';

describe('KioskIdle', () => {
  it('never times out on the attract loop', () => {
    const idle = new KioskIdle(0);
    expect(idle.state(10 * 60_000)).toEqual({ kind: 'attract' });
  });

  it('warns after 45 s of play without input, counts down and resets after 10 s more', () => {
    const idle = new KioskIdle(0);
    idle.enter('play', 1_000);
    expect(idle.state(45_999)).toEqual({ kind: 'active' });
    expect(idle.state(46_000)).toEqual({ kind: 'warning', secondsLeft: 10 });
    expect(idle.state(50_500)).toEqual({ kind: 'warning', secondsLeft: 6 });
    expect(idle.state(55_999)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idle.state(56_000)).toEqual({ kind: 'reset' });
  });

  it('a tap during the warning keeps the play going', () => {
    const idle = new KioskIdle(0);
    idle.enter('play', 0);
    expect(idle.state(50_000).kind).toBe('warning');
    idle.input(50_000);
    expect(idle.state(50_001)).toEqual({ kind: 'active' });
    expect(idle.state(94_999)).toEqual({ kind: 'active' });
    expect(idle.state(95_000).kind).toBe('warning');
  });

  it('resets 15 s after the last input on the results screen, without a warning', () => {
    const idle = new KioskIdle(0);
    idle.enter('play', 0);
    idle.enter('results', 40_000);
    expect(idle.state(54_999)).toEqual({ kind: 'active' });
    idle.input(50_000);
    expect(idle.state(64_999)).toEqual({ kind: 'active' });
    expect(idle.state(65_000)).toEqual({ kind: 'reset' });
  });

  it('input from the past does not turn the clock back', () => {
    const idle = new KioskIdle(0);
    idle.enter('play', 10_000);
    idle.input(5_000);
    expect(idle.state(10_000 + KIOSK_IDLE_TIMES.playIdleMs).kind).toBe('warning');
  });

  it('takes other times', () => {
    const idle = new KioskIdle(0, { playIdleMs: 1_000, warnMs: 500, resultsIdleMs: 200 });
    idle.enter('play', 0);
    expect(idle.state(1_000)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idle.state(1_500)).toEqual({ kind: 'reset' });
    idle.enter('results', 2_000);
    expect(idle.state(2_200)).toEqual({ kind: 'reset' });
    expect(idle.currentPhase).toBe('results');
  });
});
