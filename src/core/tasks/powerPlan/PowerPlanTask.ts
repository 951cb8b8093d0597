// Power plan task: connect the festival's devices to 230 V circuits of 16 A without
// overloading any (P = U x I, so 3,680 W per circuit), then pick the generator size that
// runs at a healthy 70 to 80% load.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  bestGeneratorKva,
  circuitLimitW,
  circuitLoadsW,
  currentA,
  GENERATOR_POWER_FACTOR,
  generatorLoadShare,
  HEALTHY_LOAD_MAX,
  HEALTHY_LOAD_MIN,
  packCircuits,
  WASTEFUL_LOAD,
} from './electricalLoad';
import { DEVICE_DRAW_W, GENERATOR_SIZES_KVA, POWER_DEVICE_TYPES, type PowerDeviceType } from './powerDevices';

const MAX_DEVICES = 20;

export const powerPlanParamsSchema = z.strictObject({
  /** The devices to connect: a type and how many of it. Draws come from DEVICE_DRAW_W. */
  devices: z
    .array(z.strictObject({ type: z.enum(POWER_DEVICE_TYPES), count: integerBetween(1, 8) }))
    .min(1, { error: 'needs at least one device' }),
  /** How many circuits the distribution box has. */
  circuits: integerBetween(1, 12),
  voltageV: numberBetween(100, 400).default(230),
  breakerA: numberBetween(6, 63).default(16),
  /** Generator sizes the pupil can rent, in kVA. */
  generatorSizesKva: z
    .array(numberBetween(1, 2000))
    .min(1)
    .default([...GENERATOR_SIZES_KVA]),
});
export type PowerPlanParams = z.infer<typeof powerPlanParamsSchema>;

export interface PowerDevice {
  id: string;
  type: PowerDeviceType;
  drawW: number;
}

export interface PowerPlanVariant {
  devices: PowerDevice[];
  circuits: number;
  voltageV: number;
  breakerA: number;
  generatorSizesKva: number[];
}

export const powerPlanAnswerSchema = z.strictObject({
  /** The pupil's answer to "how many watts can one circuit carry?". */
  limitW: z.number().finite().min(0).max(1_000_000),
  /** The circuit (0-based) of each device, in the variant's device order. */
  circuitOf: z.array(z.int().min(0).max(63)).max(64),
  generatorKva: z.number().finite().min(0).max(100_000),
});
export type PowerPlanAnswer = z.infer<typeof powerPlanAnswerSchema>;

const pct = (share: number) => Math.round(share * 100);
const round1 = (x: number) => Math.round(x * 10) / 10;
const limitOf = (v: { voltageV: number; breakerA: number }) => circuitLimitW(v.voltageV, v.breakerA);

function sensible(p: PowerPlanParams): ParamProblem[] {
  const count = p.devices.reduce((s, d) => s + d.count, 0);
  if (count > MAX_DEVICES) {
    return [{ path: ['devices'], message: `at most ${MAX_DEVICES} devices fit on the screen, got ${count}` }];
  }
  const limitW = circuitLimitW(p.voltageV, p.breakerA);
  const maxDraws = p.devices.flatMap((d) =>
    Array.from({ length: d.count }, () => DEVICE_DRAW_W[d.type].maxW),
  );
  const index = p.devices.findIndex((d) => DEVICE_DRAW_W[d.type].maxW > limitW);
  if (index >= 0) {
    return [
      {
        path: ['devices', index, 'type'],
        message: `one device can draw more than a circuit carries (${limitW} W)`,
      },
    ];
  }
  // A packing for the largest draws also works for every smaller draw, so this covers all variants.
  if (!packCircuits(maxDraws, p.circuits, limitW)) {
    return [
      {
        path: ['circuits'],
        message: `${p.circuits} circuits of ${limitW} W cannot carry these devices at their largest draw: no right answer`,
      },
    ];
  }
  const totalW = maxDraws.reduce((s, w) => s + w, 0);
  if (bestGeneratorKva(totalW, p.generatorSizesKva) === null) {
    return [
      {
        path: ['generatorSizesKva'],
        message: `no generator runs at most ${pct(HEALTHY_LOAD_MAX)}% with ${totalW} W: no right answer`,
      },
    ];
  }
  return [];
}

function makeVariant(p: PowerPlanParams, rng: Rng): PowerPlanVariant {
  const devices: PowerDevice[] = [];
  for (const d of p.devices) {
    const { minW, maxW } = DEVICE_DRAW_W[d.type];
    for (let k = 0; k < d.count; k++) {
      devices.push({ id: `${d.type}-${k + 1}`, type: d.type, drawW: rng.int(minW / 50, maxW / 50) * 50 });
    }
  }
  return {
    devices,
    circuits: p.circuits,
    voltageV: p.voltageV,
    breakerA: p.breakerA,
    generatorSizesKva: [...p.generatorSizesKva].sort((a, b) => a - b),
  };
}

const totalW = (v: PowerPlanVariant) => v.devices.reduce((s, d) => s + d.drawW, 0);

function check(v: PowerPlanVariant, a: PowerPlanAnswer): TaskCheck {
  const limitW = limitOf(v);
  const total = totalW(v);
  const values = {
    voltage: v.voltageV,
    breaker: v.breakerA,
    limit: limitW,
    total,
    amps: round1(currentA(total, v.voltageV)),
  };
  const explanation: Message[] = [
    msg('tasks.powerPlan.explain.rule', values),
    msg('tasks.powerPlan.explain.total', values),
  ];
  const wrong = (category: string, meters: TaskCheck['meters']): TaskCheck => {
    explanation.push(msg('tasks.powerPlan.explain.source'));
    return { correct: false, quality: 0, category, explanation, meters };
  };

  const unplugged = v.devices.filter((_, i) => {
    const c = a.circuitOf[i];
    return c === undefined || c >= v.circuits;
  }).length;
  if (unplugged > 0 || a.circuitOf.length > v.devices.length) {
    explanation.push(msg('tasks.powerPlan.explain.unplugged', { count: unplugged }));
    return wrong('unplugged-device', { power: 0.3, happiness: 0.5 });
  }
  const limitRight = Math.abs(a.limitW - limitW) <= limitW * 0.01;
  const loads = circuitLoadsW(
    v.devices.map((d) => d.drawW),
    a.circuitOf,
    v.circuits,
  );
  const worst = loads.reduce((best, l, i) => (l > (loads[best] ?? 0) ? i : best), 0);
  const worstW = loads[worst] ?? 0;
  if (!limitRight) {
    explanation.push(msg('tasks.powerPlan.explain.ampsWattsMixup', { ...values, given: a.limitW }));
    return wrong('amps-watts-mixup', { power: worstW > limitW ? 0.1 : 0.6 });
  }
  if (worstW > limitW) {
    explanation.push(
      msg('tasks.powerPlan.explain.overloaded', {
        ...values,
        circuit: worst + 1,
        load: worstW,
        circuitAmps: round1(currentA(worstW, v.voltageV)),
      }),
    );
    return wrong('overloaded-circuit', { power: 0.1, happiness: 0.4 });
  }

  const share = generatorLoadShare(total, a.generatorKva);
  const best = bestGeneratorKva(total, v.generatorSizesKva);
  const genValues = {
    ...values,
    kva: a.generatorKva,
    loadPct: pct(share),
    best: best ?? 0,
    kw: round1(a.generatorKva * GENERATOR_POWER_FACTOR),
  };
  explanation.push(msg('tasks.powerPlan.explain.generatorRule', genValues));
  if (share > HEALTHY_LOAD_MAX + 1e-9) {
    explanation.push(msg('tasks.powerPlan.explain.generatorTooSmall', genValues));
    return wrong('generator-too-small', { power: share > 1 ? 0 : 0.4, happiness: 0.5 });
  }
  if (share < WASTEFUL_LOAD && best !== null && a.generatorKva > best) {
    explanation.push(msg('tasks.powerPlan.explain.generatorOversized', genValues));
    return wrong('generator-oversized', { power: 0.9, sustainability: 0.2, budget: 0.5 });
  }
  const quality = a.generatorKva === best || share >= HEALTHY_LOAD_MIN ? 1 : 0.8;
  explanation.push(
    msg(quality === 1 ? 'tasks.powerPlan.explain.right' : 'tasks.powerPlan.explain.rightButBig', genValues),
  );
  explanation.push(msg('tasks.powerPlan.explain.source'));
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { power: 1, sustainability: quality, budget: quality },
  };
}

function hints(v: PowerPlanVariant): Message[] {
  const total = totalW(v);
  return [
    msg('tasks.powerPlan.hint.formula', { voltage: v.voltageV, breaker: v.breakerA }),
    msg('tasks.powerPlan.hint.biggestFirst'),
    msg('tasks.powerPlan.hint.generator', { total, kw: round1(total / 1000) }),
    msg('tasks.powerPlan.hint.almost', {
      limit: limitOf(v),
      best: bestGeneratorKva(total, v.generatorSizesKva) ?? 0,
    }),
  ];
}

function solve(v: PowerPlanVariant): PowerPlanAnswer {
  const limitW = limitOf(v);
  const circuitOf = packCircuits(
    v.devices.map((d) => d.drawW),
    v.circuits,
    limitW,
  );
  return {
    limitW,
    circuitOf: circuitOf ?? v.devices.map(() => 0),
    generatorKva: bestGeneratorKva(totalW(v), v.generatorSizesKva) ?? Math.max(...v.generatorSizesKva),
  };
}

export const PowerPlanTask: TaskKind<PowerPlanParams, PowerPlanVariant, PowerPlanAnswer> = {
  kind: 'power-plan',
  domains: ['S', 'E'],
  params: powerPlanParamsSchema,
  answer: powerPlanAnswerSchema,
  categories: [
    'unplugged-device',
    'amps-watts-mixup',
    'overloaded-circuit',
    'generator-too-small',
    'generator-oversized',
  ],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
