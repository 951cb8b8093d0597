// Budget and tickets task: set the ticket price and the number of tickets so income
// (tickets, drinks, sponsors) covers the costs (artists, stage, security, toilets, power)
// and reaches the target profit, within the site's capacity and the demand.
import { z } from 'zod';
import { integerBetween, numberBetween } from '../../levels/schemaHelpers';
import type { Rng } from '../../random/Rng';
import { type Message, msg } from '../../text/Message';
import type { ParamProblem, TaskCheck, TaskKind } from '../TaskKind';
import {
  type BudgetFigures,
  budgetResult,
  COST_ITEMS,
  cheapestPlan,
  demandAt,
  fixedTotalEur,
} from './festivalBudget';

const eurRange = z.strictObject({ minEur: numberBetween(0, 1_000_000), maxEur: numberBetween(0, 1_000_000) });

export const budgetParamsSchema = z.strictObject({
  /** Fixed costs; each pupil gets an amount in the range, rounded to 50 euro. */
  costs: z.strictObject({
    artists: eurRange,
    stage: eurRange,
    security: eurRange,
    toilets: eurRange,
    power: eurRange,
  }),
  /** Costs for every visitor (wristband, cleaning, cups). */
  costPerVisitorEur: numberBetween(0, 100).default(0),
  sponsors: eurRange,
  drinksPerVisitor: numberBetween(0, 10).default(2),
  /** What the festival earns on one drink (price minus purchase). */
  drinkMarginEur: numberBetween(0, 10).default(1),
  capacity: integerBetween(20, 100_000),
  /** People who would come at the lowest price: a range. */
  interestedMin: integerBetween(1, 200_000),
  interestedMax: integerBetween(1, 200_000),
  priceMinEur: numberBetween(0, 200).default(0),
  priceMaxEur: numberBetween(1, 500),
  /** Share of the interested people who stay away for every euro more. */
  dropPerEur: numberBetween(0, 0.5).default(0.05),
  targetProfitEur: numberBetween(0, 1_000_000).default(0),
});
export type BudgetParams = z.infer<typeof budgetParamsSchema>;

export type BudgetVariant = BudgetFigures & { targetProfitEur: number };

export const budgetAnswerSchema = z.strictObject({
  ticketPriceEur: z.number().finite().min(0).max(1000),
  tickets: z.int().min(0).max(1_000_000),
});
export type BudgetAnswer = z.infer<typeof budgetAnswerSchema>;

const round50 = (x: number) => Math.round(x / 50) * 50;
const eur = (x: number) => Math.round(x);

function figures(
  p: BudgetParams,
  pick: (r: { minEur: number; maxEur: number }) => number,
  interested: number,
): BudgetVariant {
  return {
    fixedCostsEur: {
      artists: pick(p.costs.artists),
      stage: pick(p.costs.stage),
      security: pick(p.costs.security),
      toilets: pick(p.costs.toilets),
      power: pick(p.costs.power),
    },
    costPerVisitorEur: p.costPerVisitorEur,
    sponsorsEur: 0,
    drinksPerVisitor: p.drinksPerVisitor,
    drinkMarginEur: p.drinkMarginEur,
    capacity: p.capacity,
    interested,
    priceMinEur: p.priceMinEur,
    priceMaxEur: p.priceMaxEur,
    dropPerEur: p.dropPerEur,
    targetProfitEur: p.targetProfitEur,
  };
}

function sensible(p: BudgetParams): ParamProblem[] {
  const ranges = [
    ...COST_ITEMS.map((c) => ['costs', c, p.costs[c]] as const),
    ['sponsors', '', p.sponsors] as const,
  ];
  for (const [a, b, r] of ranges) {
    if (r.minEur > r.maxEur)
      return [
        { path: b ? [a, b, 'maxEur'] : [a, 'maxEur'], message: `must be at least minEur (${r.minEur})` },
      ];
  }
  if (p.interestedMin > p.interestedMax)
    return [{ path: ['interestedMax'], message: `must be at least interestedMin (${p.interestedMin})` }];
  if (p.priceMinEur >= p.priceMaxEur)
    return [{ path: ['priceMaxEur'], message: `must be above priceMinEur (${p.priceMinEur})` }];
  // Profit only falls with higher costs, fewer sponsors and fewer interested people.
  const worst = {
    ...figures(p, (r) => round50(r.maxEur), p.interestedMin),
    sponsorsEur: round50(p.sponsors.minEur),
  };
  if (!cheapestPlan(worst, p.targetProfitEur)) {
    return [
      {
        path: ['targetProfitEur'],
        message: `with the highest costs and the fewest sponsors and visitors no price reaches a profit of ${p.targetProfitEur} euro: no right answer`,
      },
    ];
  }
  return [];
}

function makeVariant(p: BudgetParams, rng: Rng): BudgetVariant {
  const pick = (r: { minEur: number; maxEur: number }) =>
    rng.int(Math.ceil(r.minEur / 50), Math.floor(r.maxEur / 50)) * 50;
  const base = figures(p, pick, rng.int(p.interestedMin, p.interestedMax));
  return { ...base, sponsorsEur: pick(p.sponsors) };
}

function check(v: BudgetVariant, a: BudgetAnswer): TaskCheck {
  const r = budgetResult(v, a.ticketPriceEur, a.tickets);
  const demand = demandAt(v, a.ticketPriceEur);
  const values = {
    price: a.ticketPriceEur,
    tickets: a.tickets,
    income: eur(r.incomeEur),
    ticketIncome: eur(r.ticketIncomeEur),
    drinkIncome: eur(r.drinkIncomeEur),
    sponsors: v.sponsorsEur,
    fixed: fixedTotalEur(v),
    perVisitor: v.costPerVisitorEur,
    visitorCosts: eur(r.visitorCostsEur),
    costs: eur(r.costsEur),
    profit: eur(r.profitEur),
    target: v.targetProfitEur,
    capacity: v.capacity,
    demand,
  };
  const explanation: Message[] = [
    msg('tasks.budget.explain.rule', values),
    msg('tasks.budget.explain.sums', values),
  ];
  const wrong = (category: string, key: string, meters: TaskCheck['meters']): TaskCheck => {
    explanation.push(msg(`tasks.budget.explain.${key}`, values), msg('tasks.budget.explain.source'));
    return { correct: false, quality: 0, category, explanation, meters };
  };
  if (a.tickets > v.capacity) return wrong('over-capacity', 'overCapacity', { budget: 0.6, safety: 0.1 });
  if (a.tickets > demand) return wrong('more-than-demand', 'moreThanDemand', { budget: 0.2, happiness: 0.6 });
  if (a.tickets === 0) return wrong('loss', 'noTickets', { budget: 0, happiness: 0 });
  if (r.profitEur < v.targetProfitEur) {
    const meters = { budget: r.profitEur < 0 ? 0.1 : 0.5 };
    if (r.profitEur + r.visitorCostsEur >= v.targetProfitEur && r.visitorCostsEur > 0)
      return wrong('forgot-visitor-costs', 'forgotVisitorCosts', meters);
    const biggest = Math.max(...COST_ITEMS.map((c) => v.fixedCostsEur[c]));
    if (
      r.profitEur < 0 &&
      r.ticketIncomeEur >= biggest &&
      r.profitEur + (fixedTotalEur(v) - biggest) >= v.targetProfitEur
    )
      return wrong('forgot-fixed-costs', 'forgotFixedCosts', meters);
    return r.profitEur < 0 ? wrong('loss', 'loss', meters) : wrong('target-missed', 'targetMissed', meters);
  }
  const best = cheapestPlan(v, v.targetProfitEur);
  const quality = best && a.ticketPriceEur > best.priceEur + 1 + 1e-9 ? 0.8 : 1;
  explanation.push(
    msg(quality === 1 ? 'tasks.budget.explain.right' : 'tasks.budget.explain.rightButPricey', {
      ...values,
      bestPrice: best?.priceEur ?? a.ticketPriceEur,
    }),
    msg('tasks.budget.explain.source'),
  );
  return {
    correct: true,
    quality,
    category: 'correct',
    explanation,
    meters: { budget: 1, happiness: quality },
  };
}

function hints(v: BudgetVariant): Message[] {
  const best = cheapestPlan(v, v.targetProfitEur);
  const perVisitor = v.drinksPerVisitor * v.drinkMarginEur - v.costPerVisitorEur;
  return [
    msg('tasks.budget.hint.profit'),
    msg('tasks.budget.hint.fixed', { fixed: fixedTotalEur(v), sponsors: v.sponsorsEur }),
    msg('tasks.budget.hint.perVisitor', { perVisitor, demand: v.interested, capacity: v.capacity }),
    msg('tasks.budget.hint.almost', { price: best?.priceEur ?? v.priceMaxEur, tickets: best?.tickets ?? 0 }),
  ];
}

function solve(v: BudgetVariant): BudgetAnswer {
  const best = cheapestPlan(v, v.targetProfitEur);
  return best
    ? { ticketPriceEur: best.priceEur, tickets: best.tickets }
    : { ticketPriceEur: v.priceMaxEur, tickets: Math.min(v.capacity, demandAt(v, v.priceMaxEur)) };
}

export const BudgetTask: TaskKind<BudgetParams, BudgetVariant, BudgetAnswer> = {
  kind: 'budget',
  domains: ['M'],
  params: budgetParamsSchema,
  answer: budgetAnswerSchema,
  categories: [
    'loss',
    'target-missed',
    'over-capacity',
    'more-than-demand',
    'forgot-visitor-costs',
    'forgot-fixed-costs',
  ],
  sensible,
  makeVariant,
  check,
  hints,
  solve,
};
