// Times the slow task variants (light show, stage build): ms of the first variant (code not yet
// compiled, as when a pupil opens the task) and the median and max of the next ones, one per
// seed, for each such task in levels/*.json and for the largest the level schema allows.
// Run: npx tsx bench/variantTimes.ts [seeds]   (default 64 seeds)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkLevelSource } from '../src/core/levels/checkLevel';
import { createRng, taskSeed } from '../src/core/random/Rng';
import { makeTaskVariant } from '../src/core/scoring/taskVariant';
import { LightShowTask, lightShowParamsSchema } from '../src/core/tasks/lightShow/LightShowTask';
import { StageBuildTask, stageBuildParamsSchema } from '../src/core/tasks/stageBuild/StageBuildTask';

const SLOW_KINDS = new Set(['light-show', 'stage-build']);
const seeds = Number(process.argv[2] ?? 64);

interface Case {
  name: string;
  make: (seed: number) => unknown;
}

function levelCases(): Case[] {
  const cases: Case[] = [];
  const files = readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'level.schema.json');
  for (const file of files.sort()) {
    const result = checkLevelSource(file, readFileSync(join('levels', file), 'utf8'));
    if (!result.ok) throw new Error(`${file} does not pass the level check`);
    for (const task of result.level.tasks)
      if (SLOW_KINDS.has(task.kind))
        cases.push({
          name: `${result.level.id}/${task.id} (${task.kind})`,
          make: (s) => makeTaskVariant(task, s),
        });
  }
  return cases;
}

/** The largest variants the schema allows: 32-beat shows, the 6 x 3 roof. */
function schemaCases(): Case[] {
  const show = (motif: number, repeats: number): Case => {
    const p = lightShowParamsSchema.parse({
      palette: ['red', 'green', 'blue', 'yellow', 'purple', 'white'],
      motifBeatsMin: motif,
      motifBeatsMax: motif,
      repeatsMin: repeats,
      repeatsMax: repeats,
      longestRunBeats: 2,
    });
    return {
      name: `schema max light-show ${motif} x ${repeats} beats`,
      make: (s) => LightShowTask.makeVariant(p, createRng(taskSeed(s, 'bench'))),
    };
  };
  const roof = stageBuildParamsSchema.parse({
    cols: 6,
    rows: 3,
    cellM: 2,
    lights: 4,
    lightKgMin: 20,
    lightKgMax: 35,
    windMsMin: 10,
    windMsMax: 20,
    clothM2PerJoint: 3,
    capacityN: 20000,
  });
  if (StageBuildTask.sensible(roof).length > 0) throw new Error('the 6 x 3 bench roof is not sensible');
  return [
    show(8, 4),
    show(4, 8),
    show(11, 2),
    {
      name: 'schema max stage-build 6 x 3 grid',
      make: (s) => StageBuildTask.makeVariant(roof, createRng(taskSeed(s, 'bench'))),
    },
  ];
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

console.log(`makeTaskVariant in ms: seed 0 first, then seeds 1..${seeds}`);
console.log(`${'task'.padEnd(58)} ${'first'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)}`);
for (const c of [...levelCases(), ...schemaCases()]) {
  const begin = performance.now();
  c.make(0);
  const first = (performance.now() - begin).toFixed(2).padStart(8);
  const times: number[] = [];
  for (let s = 1; s <= seeds; s++) {
    const start = performance.now();
    c.make(s);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5).toFixed(2).padStart(8);
  const max = (times[times.length - 1] as number).toFixed(2).padStart(8);
  console.log(`${c.name.padEnd(58)} ${first} ${median} ${max}`);
}
