// The rules a festival timetable must keep: no two bands on one stage at once, the crew's
// changeover between them, each band's availability, the curfew, and no clash between two
// bands that share their fans. Pure checks shared by the task and its view.

/** Stage ids by stage number; each has a name under tasks.timetable.stage. */
export const STAGE_IDS = ['main', 'tent', 'club'] as const;

export const FAN_GROUPS = ['rock', 'hiphop', 'pop', 'electro', 'metal', 'folk', 'jazz', 'reggae'] as const;
export type FanGroup = (typeof FAN_GROUPS)[number];

export interface Band {
  id: string;
  name: string;
  setMin: number;
  fans: FanGroup;
  availableFromMin?: number;
  availableUntilMin?: number;
}

export interface Slot {
  band: string;
  stage: number;
  startMin: number;
}

export interface TimetableRules {
  openMin: number;
  curfewMin: number;
  changeoverMin: number;
  stages: number;
  bands: Band[];
}

export type Breach =
  | { rule: 'outside-hours'; band: string }
  | { rule: 'overlap'; band: string; other: string }
  | { rule: 'no-changeover'; band: string; other: string; gapMin: number }
  | { rule: 'band-unavailable'; band: string }
  | { rule: 'fan-clash'; band: string; other: string }
  | { rule: 'past-curfew'; band: string };

const endOf = (rules: TimetableRules, s: Slot) =>
  s.startMin + (rules.bands.find((b) => b.id === s.band)?.setMin ?? 0);

/** Every broken rule, in the order a pupil should fix them (clashes first, curfew last). */
export function breaches(rules: TimetableRules, slots: readonly Slot[]): Breach[] {
  const found: Breach[] = [];
  const band = (id: string) => rules.bands.find((b) => b.id === id);
  for (const s of slots) if (s.startMin < rules.openMin) found.push({ rule: 'outside-hours', band: s.band });
  const pairs: [Slot, Slot][] = [];
  for (let i = 0; i < slots.length; i++)
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i] as Slot;
      const b = slots[j] as Slot;
      pairs.push(a.startMin <= b.startMin ? [a, b] : [b, a]);
    }
  for (const [a, b] of pairs) {
    if (a.stage !== b.stage) continue;
    const gapMin = b.startMin - endOf(rules, a);
    if (gapMin < 0) found.push({ rule: 'overlap', band: b.band, other: a.band });
  }
  for (const [a, b] of pairs) {
    if (a.stage !== b.stage) continue;
    const gapMin = b.startMin - endOf(rules, a);
    if (gapMin >= 0 && gapMin < rules.changeoverMin)
      found.push({ rule: 'no-changeover', band: b.band, other: a.band, gapMin });
  }
  for (const s of slots) {
    const b = band(s.band);
    if (!b) continue;
    const early = b.availableFromMin !== undefined && s.startMin < b.availableFromMin;
    const late = b.availableUntilMin !== undefined && endOf(rules, s) > b.availableUntilMin;
    if (early || late) found.push({ rule: 'band-unavailable', band: s.band });
  }
  for (const [a, b] of pairs) {
    if (a.stage === b.stage || band(a.band)?.fans !== band(b.band)?.fans) continue;
    if (b.startMin < endOf(rules, a)) found.push({ rule: 'fan-clash', band: b.band, other: a.band });
  }
  for (const s of slots)
    if (endOf(rules, s) > rules.curfewMin) found.push({ rule: 'past-curfew', band: s.band });
  return found;
}

/** Minutes of silence on the stages beyond the changeovers (a stage's first band starts at opening). */
export function extraGapMin(rules: TimetableRules, slots: readonly Slot[]): number {
  let total = 0;
  for (let stage = 0; stage < rules.stages; stage++) {
    const onStage = slots.filter((s) => s.stage === stage).sort((a, b) => a.startMin - b.startMin);
    let free = rules.openMin;
    onStage.forEach((s, i) => {
      total += Math.max(0, s.startMin - free - (i === 0 ? 0 : rules.changeoverMin));
      free = endOf(rules, s);
    });
  }
  return total;
}

/** "21:05" for 1265 minutes after midnight. */
export function clock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
