// The festival's money model: fixed costs plus costs per visitor against ticket, drink and
// sponsor income, and how many people buy a ticket at a price (fewer for every euro more).

export const COST_ITEMS = ['artists', 'stage', 'security', 'toilets', 'power'] as const;
export type CostItem = (typeof COST_ITEMS)[number];

export interface BudgetFigures {
  fixedCostsEur: Record<CostItem, number>;
  costPerVisitorEur: number;
  sponsorsEur: number;
  drinksPerVisitor: number;
  drinkMarginEur: number;
  capacity: number;
  /** People who would come at the lowest price. */
  interested: number;
  priceMinEur: number;
  priceMaxEur: number;
  /** Share of the interested people who stay away for every euro above the lowest price. */
  dropPerEur: number;
}

/** Ticket prices go in steps of 50 cents. */
export const PRICE_STEP_EUR = 0.5;

export const fixedTotalEur = (f: BudgetFigures) => COST_ITEMS.reduce((s, c) => s + f.fixedCostsEur[c], 0);

/** How many people want a ticket at `priceEur`. */
export const demandAt = (f: BudgetFigures, priceEur: number): number =>
  Math.max(0, Math.floor(f.interested * (1 - f.dropPerEur * Math.max(0, priceEur - f.priceMinEur)) + 1e-9));

export interface BudgetResult {
  ticketIncomeEur: number;
  drinkIncomeEur: number;
  incomeEur: number;
  visitorCostsEur: number;
  costsEur: number;
  profitEur: number;
}

/** Income, costs and profit when `visitors` people each pay `priceEur`. */
export function budgetResult(f: BudgetFigures, priceEur: number, visitors: number): BudgetResult {
  const ticketIncomeEur = priceEur * visitors;
  const drinkIncomeEur = visitors * f.drinksPerVisitor * f.drinkMarginEur;
  const incomeEur = ticketIncomeEur + drinkIncomeEur + f.sponsorsEur;
  const visitorCostsEur = visitors * f.costPerVisitorEur;
  const costsEur = fixedTotalEur(f) + visitorCostsEur;
  return {
    ticketIncomeEur,
    drinkIncomeEur,
    incomeEur,
    visitorCostsEur,
    costsEur,
    profitEur: incomeEur - costsEur,
  };
}

/** The most tickets that make sense at a price: the site's capacity or the demand. */
export const maxTicketsAt = (f: BudgetFigures, priceEur: number) =>
  Math.min(f.capacity, demandAt(f, priceEur));

/** The lowest price (in 50-cent steps) at which the target profit can be reached, with its ticket count. */
export function cheapestPlan(
  f: BudgetFigures,
  targetEur: number,
): { priceEur: number; tickets: number } | null {
  const steps = Math.round((f.priceMaxEur - f.priceMinEur) / PRICE_STEP_EUR);
  for (let k = 0; k <= steps; k++) {
    const priceEur = f.priceMinEur + k * PRICE_STEP_EUR;
    const tickets = maxTicketsAt(f, priceEur);
    if (tickets > 0 && budgetResult(f, priceEur, tickets).profitEur >= targetEur)
      return { priceEur, tickets };
  }
  return null;
}
