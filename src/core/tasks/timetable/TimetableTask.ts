// Timetable task: place the bands on the stages on a timeline, keeping the changeover between
// bands on one stage, each band's availability, the curfew, and no clash for shared fans.
// Each variant is built around a hidden timetable without gaps, so a right answer always exists.
import { z } from 'zod';
import { integerBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  type Band,
  type Breach,
  breaches,
  clock,
  extraGapMin,
  FAN_GROUPS,
  type FanGroup,
  type Slot,
  STAGE_IDS,
  type TimetableRules,
} from './timetableRules';

const minutes = (min: number, max: number) =>
  integerBetween(min, max).refine((m) => m % 5 === 0, {
    error: 'must be a multiple of 5 minutes',
  });

export const timetableParamsSchema = z.strictObject({
  stages: integerBetween(1, 3),
  bands: integerBetween(2, 8),
  /** Band names (proper names, the same in every language); each variant picks some. */
  bandNames: z.array(z.string().trim().min(1).max(32)).min(2).max(20),
  /** Opening and curfew in minutes after midnight (720 = 12:00). */
  openMin: minutes(0, 1440),
  curfewMin: minutes(0, 1440),
  /** The set lengths a band may get, in minutes. */
  setMinutes: z.array(minutes(15, 120)).min(1),
  /** The changeover times a variant may get, in minutes. */
  changeoverMinutes: z.array(minutes(5, 60)).min(1),
  /** How many bands only play within a time slot of their own. */
  availabilityWindows: integerBetween(0, 8).default(2),
});
export type TimetableParams = z.infer<typeof timetableParamsSchema>;

export interface TimetableVariant extends TimetableRules {
  /** A timetable that keeps every rule without gaps (the solver's answer). */
  plan: Slot[];
}

export const timetableAnswerSchema = z.strictObject({
  slots: z
    .array(
      z.strictObject({
        band: z.string().max(32),
        stage: z.int().min(0).max(2),
        startMin: z.int().min(0).max(2880),
      }),
    )
    .max(8),
});
export type TimetableAnswer = z.infer<typeof timetableAnswerSchema>;

function sensible(p: TimetableParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  if (p.curfewMin <= p.openMin)
    problems.push({ path: ['curfewMin'], message: `must be after openMin (${clock(p.openMin)})` });
  if (new Set(p.bandNames).size < p.bands)
    problems.push({ path: ['bandNames'], message: `needs at least ${p.bands} different names` });
  if (p.availabilityWindows > p.bands)
    problems.push({ path: ['availabilityWindows'], message: `must be at most bands (${p.bands})` });
  const perStage = Math.ceil(p.bands / p.stages);
  const longestMin = perStage * Math.max(...p.setMinutes) + (perStage - 1) * Math.max(...p.changeoverMinutes);
  if (problems.length === 0 && p.openMin + longestMin > p.curfewMin)
    problems.push({
      path: ['curfewMin'],
      message: `${perStage} bands per stage can need ${longestMin} minutes, past the curfew ${clock(p.curfewMin)}: no right answer`,
    });
  return problems;
}

function pickFans(plan: Slot[], bands: { id: string; setMin: number }[], rng: Rng): Map<string, FanGroup> {
  const fans = new Map<string, FanGroup>();
  const span = (id: string) => {
    const s = plan.find((x) => x.band === id) as Slot;
    const setMin = bands.find((b) => b.id === id)?.setMin ?? 0;
    return [s.startMin, s.startMin + setMin] as const;
  };
  const overlaps = (a: string, b: string) => {
    const [a0, a1] = span(a);
    const [b0, b1] = span(b);
    return a0 < b1 && b0 < a1;
  };
  for (const band of rng.shuffle(bands)) {
    const free = FAN_GROUPS.filter(
      (g) => ![...fans].some(([other, f]) => f === g && overlaps(band.id, other)),
    );
    const used = free.filter((g) => [...fans.values()].includes(g));
    fans.set(band.id, rng.pick(used.length > 0 && rng.next() < 0.6 ? used : free));
  }
  return fans;
}

function makeVariant(p: TimetableParams, rng: Rng): TimetableVariant {
  const changeoverMin = rng.pick(p.changeoverMinutes);
  const names = rng.shuffle([...new Set(p.bandNames)]);
  const sized = Array.from({ length: p.bands }, (_, i) => ({
    id: `band-${i + 1}`,
    name: names[i] as string,
    setMin: rng.pick(p.setMinutes),
  }));
  const plan: Slot[] = [];
  const free = Array.from({ length: p.stages }, () => p.openMin);
  sized.forEach((b, i) => {
    const stage = i % p.stages;
    const startMin = free[stage] as number;
    plan.push({ band: b.id, stage, startMin });
    free[stage] = startMin + b.setMin + changeoverMin;
  });
  const fans = pickFans(plan, sized, rng);
  const windowed = new Set(rng.shuffle(sized.map((b) => b.id)).slice(0, p.availabilityWindows));
  const bands: Band[] = sized.map((b) => {
    const band: Band = { ...b, fans: fans.get(b.id) ?? 'rock' };
    if (!windowed.has(b.id)) return band;
    const s = plan.find((x) => x.band === b.id) as Slot;
    band.availableFromMin = Math.max(p.openMin, s.startMin - 15 * rng.int(0, 2));
    band.availableUntilMin = Math.min(p.curfewMin, s.startMin + b.setMin + 15 * rng.int(0, 2));
    return band;
  });
  return {
    openMin: p.openMin,
    curfewMin: p.curfewMin,
    changeoverMin,
    stages: p.stages,
    bands: rng.shuffle(bands),
    plan,
  };
}

const BREACH_KEY: Record<Breach['rule'], string> = {
  'outside-hours': 'outsideHours',
  overlap: 'overlap',
  'no-changeover': 'noChangeover',
  'band-unavailable': 'unavailable',
  'fan-clash': 'fanClash',
  'past-curfew': 'pastCurfew',
};

function check(v: TimetableVariant, a: TimetableAnswer): TaskCheck {
  const name = (id: string) => v.bands.find((b) => b.id === id)?.name ?? id;
  const source = msg('tasks.timetable.explain.source');
  const ids = a.slots.map((s) => s.band);
  if (
    new Set(ids).size !== ids.length ||
    ids.some((id) => !v.bands.some((b) => b.id === id)) ||
    a.slots.some((s) => s.stage >= v.stages)
  )
    return { correct: false, quality: 0, category: 'invalid', explanation: [] };
  if (ids.length < v.bands.length) {
    return {
      correct: false,
      quality: 0,
      category: 'band-missing',
      explanation: [msg('tasks.timetable.explain.missing', { count: v.bands.length - ids.length })],
      meters: { happiness: 0.4 },
    };
  }
  const first = breaches(v, a.slots)[0];
  if (first) {
    const band = v.bands.find((b) => b.id === first.band) as Band;
    const values: Record<string, string | number> = {
      band: band.name,
      other: 'other' in first ? name(first.other) : '',
      changeover: v.changeoverMin,
      gap: 'gapMin' in first ? first.gapMin : 0,
      open: clock(v.openMin),
      curfew: clock(v.curfewMin),
      from: clock(band.availableFromMin ?? v.openMin),
      until: clock(band.availableUntilMin ?? v.curfewMin),
    };
    const meters =
      first.rule === 'fan-clash' || first.rule === 'band-unavailable'
        ? { happiness: 0.3 }
        : first.rule === 'past-curfew'
          ? { sound: 0.2, budget: 0.6 }
          : { safety: 0.4, happiness: 0.5 };
    return {
      correct: false,
      quality: 0,
      category: first.rule,
      explanation: [msg(`tasks.timetable.explain.${BREACH_KEY[first.rule]}`, values), source],
      meters,
    };
  }
  const gapMin = extraGapMin(v, a.slots);
  const quality = Math.max(0.5, Math.round((1 - gapMin / 200) * 100) / 100);
  const values = { gap: gapMin, changeover: v.changeoverMin, curfew: clock(v.curfewMin) };
  return {
    correct: true,
    quality,
    category: gapMin === 0 ? 'correct' : 'gaps',
    explanation: [
      msg(gapMin === 0 ? 'tasks.timetable.explain.right' : 'tasks.timetable.explain.gaps', values),
      source,
    ],
    meters: { happiness: quality, sound: 1 },
  };
}

function hints(v: TimetableVariant): Message[] {
  const windowed = v.bands.find((b) => b.availableFromMin !== undefined);
  const list: Message[] = [
    msg('tasks.timetable.hint.changeover', { changeover: v.changeoverMin }),
    msg('tasks.timetable.hint.fans'),
  ];
  if (windowed) list.push(msg('tasks.timetable.hint.windowsFirst'));
  const firstPlanned = v.plan.find((s) => s.band === (windowed ?? v.bands[0])?.id) ?? v.plan[0];
  if (firstPlanned) {
    list.push(
      msg('tasks.timetable.hint.place', {
        band: v.bands.find((b) => b.id === firstPlanned.band)?.name ?? '',
        stage: STAGE_IDS[firstPlanned.stage] ?? 'main',
        time: clock(firstPlanned.startMin),
      }),
    );
  }
  return list;
}

function solve(v: TimetableVariant): TimetableAnswer {
  return { slots: v.plan.map((s) => ({ ...s })) };
}

export const TimetableTask: TaskKind<TimetableParams, TimetableVariant, TimetableAnswer> = {
  kind: 'timetable',
  domains: ['T', 'M'],
  params: timetableParamsSchema,
  answer: timetableAnswerSchema,
  categories: [
    'band-missing',
    'outside-hours',
    'overlap',
    'no-changeover',
    'band-unavailable',
    'fan-clash',
    'past-curfew',
    'gaps',
  ],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
