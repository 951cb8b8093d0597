// Groups a pupil's attempts by calendar day (local time) into right and wrong counts, the data
// of the "attempts over time" chart. Pure, tested without a browser.
export interface DayCount {
  /** YYYY-MM-DD in local time. */
  day: string;
  correct: number;
  wrong: number;
}

const localDay = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function attemptsByDay(attempts: readonly { receivedAt: string; correct: boolean }[]): DayCount[] {
  const days = new Map<string, DayCount>();
  for (const attempt of attempts) {
    const day = localDay(attempt.receivedAt);
    const count = days.get(day) ?? { day, correct: 0, wrong: 0 };
    if (attempt.correct) count.correct += 1;
    else count.wrong += 1;
    days.set(day, count);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
