// The view of the 'budget' kind: set the ticket price and the number of tickets (type, Up/Down,
// or the -/+ buttons) and watch a live graph of the profit against the number of tickets, with
// the break-even line, the target, the site's capacity and how many people want a ticket.
import type Phaser from 'phaser';
import type { BudgetAnswer, BudgetVariant } from '../../../core/tasks/budget/BudgetTask';
import {
  budgetResult,
  COST_ITEMS,
  demandAt,
  PRICE_STEP_EUR,
} from '../../../core/tasks/budget/festivalBudget';
import { Button } from '../../ui/Button';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';
import { NumberField, ViewParts } from './ViewParts';

export function createBudgetView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as BudgetVariant;
  const parts = new ViewParts();
  const price = new NumberField(v.priceMinEur, {
    min: v.priceMinEur,
    max: v.priceMaxEur,
    step: PRICE_STEP_EUR,
    bigStep: 5,
    decimals: 1,
  });
  const tickets = new NumberField(0, { min: 0, max: v.capacity * 2, step: 10, bigStep: 100 });
  let area = context.area;

  const answer = (): BudgetAnswer | null =>
    tickets.value > 0 ? { ticketPriceEur: price.value, tickets: tickets.value } : null;
  const changed = () => {
    render();
    context.onAnswerChange(answer());
  };
  const eur = (amount: number) => t('tasks.budget.euro', { amount: Math.round(amount) });

  const stepper = (
    id: string,
    field: NumberField,
    label: string,
    y: number,
    x: number,
    w: number,
    u: number,
  ) => {
    parts.add(scene.add.text(x, y - 50 * u, label, textStyle(16, u, { color: palette().textDim })));
    parts.button(
      new Button(scene, {
        id,
        x: x + w / 2,
        y,
        width: w * 0.5,
        height: 42 * u,
        label: id === 'price' ? `€ ${field.value.toFixed(2)}` : `${field.value}`,
        scale: u,
        fontPx: 20,
        onPress: () => {},
      }),
    );
    (['-', '+'] as const).forEach((sign, i) => {
      parts.button(
        new Button(scene, {
          id: `${id}-${sign === '-' ? 'down' : 'up'}`,
          x: x + (i === 0 ? 22 * u : w - 22 * u),
          y,
          width: 40 * u,
          height: 40 * u,
          label: sign,
          scale: u,
          fontPx: 22,
          onPress: () => {
            field.nudge(sign === '+' ? 1 : -1);
            changed();
          },
        }),
        false,
      );
    });
  };

  const render = () => {
    parts.clear();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const { x, y, width } = area;
    const intro = parts.add(
      scene.add.text(x + 8, y, t('tasks.budget.instruction', { target: v.targetProfitEur }), {
        ...textStyle(18, u, { fontStyle: 'bold' }),
        wordWrap: { width: width - 16 },
      }),
    );
    const colW = Math.min(300 * u, width * 0.36);
    const top = intro.y + intro.height + 50 * u;
    stepper('price', price, t('tasks.budget.price'), top, x + 8, colW, u);
    stepper('tickets', tickets, t('tasks.budget.tickets'), top + 84 * u, x + 8, colW, u);
    const demand = demandAt(v, price.value);
    const r = budgetResult(v, price.value, tickets.value);
    const lines = [
      t('tasks.budget.capacity', { capacity: v.capacity }),
      t('tasks.budget.demand', { demand }),
      '',
      `${t('tasks.budget.costsTitle')}: ${eur(r.costsEur)}`,
      ...COST_ITEMS.map((c) => `  ${t(`tasks.budget.cost.${c}`)}: ${eur(v.fixedCostsEur[c])}`),
      `  ${t('tasks.budget.cost.perVisitor')}: ${eur(r.visitorCostsEur)}`,
      `${t('tasks.budget.incomeTitle')}: ${eur(r.incomeEur)}`,
      `  ${t('tasks.budget.income.tickets')}: ${eur(r.ticketIncomeEur)}`,
      `  ${t('tasks.budget.income.drinks')}: ${eur(r.drinkIncomeEur)}`,
      `  ${t('tasks.budget.income.sponsors')}: ${eur(v.sponsorsEur)}`,
    ];
    parts.add(
      scene.add.text(x + 8, top + 120 * u, lines.join('\n'), {
        ...textStyle(14, u, { lineSpacing: 2 }),
        wordWrap: { width: colW },
      }),
    );
    drawGraph(
      new GeomBox(x + colW + 40 * u, top - 30 * u, width - colW - 56 * u, area.bottom - top - 10 * u),
      u,
      p,
      r.profitEur,
      demand,
    );
    parts.restoreFocus();
  };

  const drawGraph = (
    box: GeomBox,
    u: number,
    p: ReturnType<typeof palette>,
    profitNow: number,
    demand: number,
  ) => {
    const maxN = v.capacity;
    const profitAt = (n: number) => budgetResult(v, price.value, n).profitEur;
    const values = [profitAt(0), profitAt(maxN), v.targetProfitEur, 0, profitNow];
    const hi = Math.max(...values) * 1.1 + 1;
    const lo = Math.min(...values) * 1.1 - 1;
    const px = (n: number) => box.x + (Math.min(n, maxN * 1.05) / (maxN * 1.05)) * box.w;
    const py = (eurValue: number) => box.y + box.h - ((eurValue - lo) / (hi - lo)) * box.h;
    const g = parts.add(scene.add.graphics());
    g.fillStyle(0x000000, 0.3).fillRoundedRect(box.x - 8, box.y - 8, box.w + 16, box.h + 16, 12);
    g.fillStyle(p.good, 0.12).fillRect(box.x, box.y, box.w, py(0) - box.y);
    g.fillStyle(p.bad, 0.12).fillRect(box.x, py(0), box.w, box.y + box.h - py(0));
    g.lineStyle(2, 0xffffff, 0.8).lineBetween(box.x, py(0), box.x + box.w, py(0));
    g.lineStyle(2, p.star, 0.9).lineBetween(
      box.x,
      py(v.targetProfitEur),
      box.x + box.w,
      py(v.targetProfitEur),
    );
    g.lineStyle(2, p.bad, 0.9).lineBetween(px(maxN), box.y, px(maxN), box.y + box.h);
    g.lineStyle(2, p.warn, 0.9).lineBetween(px(demand), box.y, px(demand), box.y + box.h);
    g.lineStyle(5, p.accent).lineBetween(
      px(0),
      py(profitAt(0)),
      px(Math.min(demand, maxN)),
      py(profitAt(Math.min(demand, maxN))),
    );
    if (demand < maxN)
      g.lineStyle(3, p.accent, 0.35).lineBetween(
        px(demand),
        py(profitAt(demand)),
        px(maxN),
        py(profitAt(maxN)),
      );
    g.fillStyle(0xffffff).fillCircle(px(tickets.value), py(profitNow), 9 * u);
    g.fillStyle(profitNow >= v.targetProfitEur ? p.good : p.bad).fillCircle(
      px(tickets.value),
      py(profitNow),
      6 * u,
    );
    const label = (text: string, lx: number, ly: number, color: string) =>
      parts.add(scene.add.text(lx, ly, text, textStyle(13, u, { color, backgroundColor: '#00000088' })));
    label(`${t('tasks.budget.breakEven')} (€ 0)`, box.x + 4, py(0) + 2, '#ffffff');
    label(
      `${t('tasks.budget.profit')} ≥ ${eur(v.targetProfitEur)}`,
      box.x + 4,
      py(v.targetProfitEur) - 18 * u,
      '#ffd23f',
    );
    label(
      `${t('tasks.budget.profit')}: ${eur(profitNow)}`,
      Math.min(px(tickets.value) + 12 * u, box.x + box.w - 130 * u),
      py(profitNow) - 24 * u,
      '#ffffff',
    );
    label(`${t('tasks.budget.tickets')} →`, box.x + box.w - 140 * u, box.y + box.h - 18 * u, '#d6ccff');
    const hit = parts.add(
      scene.add.rectangle(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h, 0xffffff, 0.001),
    );
    hit.setInteractive({ useHandCursor: true }).on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      tickets.set(Math.round((((pointer.x - box.x) / box.w) * maxN * 1.05) / 10) * 10);
      changed();
    });
  };
  render();

  return {
    answer,
    handleKey(event) {
      const focused = parts.focus.focused()?.id;
      const field = focused === 'price' ? price : focused === 'tickets' ? tickets : null;
      if (field?.handleKey(event)) {
        if (field === price) tickets.endTyping();
        else price.endTyping();
        changed();
        return true;
      }
      price.endTyping();
      tickets.endTyping();
      return parts.focus.handleKey(event);
    },
    resize(next: Phaser.Geom.Rectangle) {
      area = next;
      render();
    },
    destroy() {
      parts.destroy();
    },
  };
}

class GeomBox {
  constructor(
    readonly x: number,
    readonly y: number,
    readonly w: number,
    readonly h: number,
  ) {}
}
