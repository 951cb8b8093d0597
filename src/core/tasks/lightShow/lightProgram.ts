// The light-show block language and its interpreter: set a colour, wait N beats (the light
// shows its colour), flash a colour for one beat, repeat N times. Step-bounded, so no program
// can hang the game.
import { z } from 'zod';

export const LIGHT_COLOURS = ['off', 'red', 'green', 'blue', 'yellow', 'purple', 'white'] as const;
export type LightColour = (typeof LIGHT_COLOURS)[number];
export const lightColourSchema = z.enum(LIGHT_COLOURS);

export const MAX_WAIT_BEATS = 16;
export const MAX_REPEAT = 16;
/** The interpreter stops after this many executed blocks. */
export const MAX_STEPS = 2000;

export type LightBlock =
  | { op: 'colour'; colour: LightColour }
  | { op: 'wait'; beats: number }
  | { op: 'flash'; colour: LightColour }
  | { op: 'repeat'; times: number; body: LightBlock[] };

export const lightBlockSchema: z.ZodType<LightBlock> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('colour'), colour: lightColourSchema }),
    z.strictObject({ op: z.literal('wait'), beats: z.int().min(1).max(MAX_WAIT_BEATS) }),
    z.strictObject({ op: z.literal('flash'), colour: lightColourSchema }),
    z.strictObject({
      op: z.literal('repeat'),
      times: z.int().min(1).max(MAX_REPEAT),
      body: z.array(lightBlockSchema).max(40),
    }),
  ]),
);

/** Number of blocks in a program, counting every block inside a repeat too. */
export function blockCount(program: readonly LightBlock[]): number {
  return program.reduce((n, b) => n + 1 + (b.op === 'repeat' ? blockCount(b.body) : 0), 0);
}

export interface LightRun {
  /** The colour shown on each beat. */
  beats: LightColour[];
  /** True when the run stopped at the step or beat limit. */
  stopped: boolean;
}

/** Runs a program from a dark light; stops after `maxBeats` beats or MAX_STEPS blocks. */
export function runLightProgram(program: readonly LightBlock[], maxBeats: number): LightRun {
  const beats: LightColour[] = [];
  let colour: LightColour = 'off';
  let steps = 0;
  let stopped = false;
  const run = (blocks: readonly LightBlock[]): void => {
    for (const block of blocks) {
      if (stopped) return;
      steps += 1;
      if (steps > MAX_STEPS || beats.length > maxBeats) {
        stopped = true;
        return;
      }
      if (block.op === 'colour') colour = block.colour;
      else if (block.op === 'flash') beats.push(block.colour);
      else if (block.op === 'wait') for (let i = 0; i < block.beats; i++) beats.push(colour);
      else for (let i = 0; i < block.times && !stopped; i++) run(block.body);
    }
  };
  run(program);
  if (beats.length > maxBeats) {
    beats.length = maxBeats + 1;
    stopped = true;
  }
  return { beats, stopped };
}
