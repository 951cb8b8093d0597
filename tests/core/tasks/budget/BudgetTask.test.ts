import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random/Rng';
import {
  BudgetTask,
  type BudgetVariant,
  budgetParamsSchema,
} from '../../../../src/core/tasks/budget/BudgetTask';
import { budgetResult, demandAt } from '../../../../src/core/tasks/budget/festivalBudget';
import { loadTaskFixture } from '../../../helpers/loadTaskFixture';

// Fixed costs 4,300, sponsors 800, per visitor +2 drinks -1 cost: profit = n x (price + 1) - 3,500.
const variant: BudgetVariant = {
  fixedCostsEur: { artists: 2000, stage: 1000, security: 500, toilets: 400, power: 400 },
  costPerVisitorEur: 1,
  sponsorsEur: 800,
  drinksPerVisitor: 2,
  drinkMarginEur: 1,
  capacity: 800,
  interested: 900,
  priceMinEur: 3,
  priceMaxEur: 15,
  dropPerEur: 0.04,
  targetProfitEur: 500,
};
const check = (ticketPriceEur: number, tickets: number) =>
  BudgetTask.check(variant, BudgetTask.answer.parse({ ticketPriceEur, tickets }));
const keys = (c: { explanation: unknown[] }) => c.explanation.map((m) => (m as { key?: string }).key);

describe('festival budget model', () => {
  it('computes profit from income and costs', () => {
    expect(budgetResult(variant, 4, 800)).toMatchObject({ incomeEur: 5600, costsEur: 5100, profitEur: 500 });
  });
  it('loses 4% of the interested people for every euro above the lowest price', () => {
    expect(demandAt(variant, 3)).toBe(900);
    expect(demandAt(variant, 8)).toBe(720);
  });
});

describe('BudgetTask.check', () => {
  it('accepts the cheapest plan that reaches the target, and names the source', () => {
    const c = check(4, 800);
    expect(c).toMatchObject({ correct: true, quality: 1, category: 'correct' });
    expect(keys(c)).toContain('tasks.budget.explain.source');
    expect(check(5, 700)).toMatchObject({ correct: true, quality: 1 });
  });
  it('accepts a dearer ticket with a lower quality', () => {
    expect(check(6, 700)).toMatchObject({ correct: true, quality: 0.8 });
  });
  it('recognises more tickets than the site holds', () => {
    expect(check(4, 900).category).toBe('over-capacity');
  });
  it('recognises more tickets than people who want one at that price', () => {
    const c = check(10, 800);
    expect(c.category).toBe('more-than-demand');
    expect(keys(c)).toContain('tasks.budget.explain.moreThanDemand');
  });
  it('recognises forgotten costs per visitor and forgotten fixed costs', () => {
    expect(check(4, 700).category).toBe('forgot-visitor-costs');
    expect(check(5, 400).category).toBe('forgot-fixed-costs');
  });
  it('recognises a plain loss, a missed target and no tickets', () => {
    expect(check(3, 200).category).toBe('loss');
    expect(check(9, 360).category).toBe('target-missed');
    expect(check(5, 0).category).toBe('loss');
  });
  it('gives hints ending with the cheapest plan', () => {
    const hints = BudgetTask.hints(variant);
    expect(hints).toHaveLength(4);
    expect(hints[3]).toMatchObject({ key: 'tasks.budget.hint.almost', values: { price: 4, tickets: 800 } });
  });
  it('refuses answers of the wrong shape', () => {
    expect(BudgetTask.answer.safeParse({ ticketPriceEur: 5, tickets: 10.5 }).success).toBe(false);
    expect(BudgetTask.answer.safeParse({ ticketPriceEur: -5, tickets: 10 }).success).toBe(false);
    expect(BudgetTask.answer.safeParse({ ticketPriceEur: 5 }).success).toBe(false);
  });
});

describe('BudgetTask params', () => {
  const fixture = loadTaskFixture('budget');
  it('accepts the sample task', () => {
    expect(BudgetTask.sensible(budgetParamsSchema.parse(fixture.params))).toEqual([]);
  });
  it('catches a target no price can reach, and reversed ranges', () => {
    const tooMuch = budgetParamsSchema.parse({ ...fixture.params, targetProfitEur: 20000 });
    expect(BudgetTask.sensible(tooMuch)[0]?.message).toMatch(/no right answer/);
    const reversed = budgetParamsSchema.parse({ ...fixture.params, priceMaxEur: 2 });
    expect(BudgetTask.sensible(reversed)[0]?.path).toEqual(['priceMaxEur']);
  });
});

describe('BudgetTask variants', () => {
  it('has a right answer of quality 1 for every seed and target, and variants differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 1500 }),
        (seed, target) => {
          const p = budgetParamsSchema.parse({
            ...loadTaskFixture('budget').params,
            targetProfitEur: target,
          });
          if (BudgetTask.sensible(p).length > 0) return;
          const v = BudgetTask.makeVariant(p, createRng(seed));
          expect(BudgetTask.check(v, BudgetTask.solve(v))).toMatchObject({ correct: true, quality: 1 });
        },
      ),
    );
    const p = budgetParamsSchema.parse(loadTaskFixture('budget').params);
    const seen = new Set(
      [...Array(20)].map((_, i) => JSON.stringify(BudgetTask.makeVariant(p, createRng(i)))),
    );
    expect(seen.size).toBeGreaterThan(15);
  });
});
