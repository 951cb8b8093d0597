// Writes one run's figures as bench/report.json and a readable bench/report.md.
import { writeFileSync } from 'node:fs';
import { FESTIVAL_DOTS, type GameFigures } from '../game/gameBench';
import type { ServerFigures } from '../server/serverBench';
import type { BudgetCheck } from './budgets';

export interface BenchReport {
  mode: 'full' | 'quick';
  startedAt: string;
  seconds: number;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    chromium: string;
    loadAverage: number[];
  };
  levels: string[];
  server: ServerFigures | null;
  game: GameFigures | null;
  notMeasured: string[];
  budgets: BudgetCheck[];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function serverSection(s: ServerFigures): string[] {
  const lines = [
    '## Server',
    '',
    `Seeded ${s.seed.classes} classes, ${s.seed.pupils} pupils, ${s.seed.attempts} attempts ` +
      `(${s.seed.teachers} teachers) in ${s.seed.seconds.toFixed(1)} s; database ${s.seed.databaseMb.toFixed(0)} MB.`,
    'Loads by autocannon from a second process on 127.0.0.1; `/api/health` on the same server is the baseline.',
    '',
    '| load | connections | requests/s | p50 | p99 | max | non-2xx | errors |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { name, result: r } of s.loads) {
    lines.push(
      `| ${name.replace(/-\d+$/, '')} | ${r.connections} | ${r.requestsPerS.toFixed(0)} | ${r.latencyP50Ms} ms | ` +
        `${r.latencyP99Ms} ms | ${r.latencyMaxMs} ms | ${r.non2xx} | ${r.errors} |`,
    );
  }
  lines.push(
    '',
    '| export | pupils | median time | size | server RSS before | server peak RSS |',
    '|---|---|---|---|---|---|',
  );
  for (const e of s.exports) {
    lines.push(
      `| ${e.what} | ${e.pupils} | ${ms(e.medianMs)} | ${kb(e.bytes)} | ${e.rssBeforeMb.toFixed(0)} MB | ${e.peakRssMb.toFixed(0)} MB |`,
    );
  }
  return lines;
}

function gameSection(g: GameFigures): string[] {
  const lines = [
    '## Game and dashboard',
    '',
    '| page | Phaser | our code | assets | API | total gzip | uncompressed | on the wire |',
  ];
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const [name, b] of Object.entries(g.bytes)) {
    const k = b.gzipByKind;
    lines.push(
      `| ${name} | ${kb(k.phaser)} | ${kb(k.code)} | ${kb(k.assets)} | ${kb(k.api)} | ${kb(b.gzipTotal)} | ${kb(b.rawTotal)} | ${kb(b.wireTotal)} |`,
    );
  }
  lines.push('', '| time after navigation | CPU | runs | median |', '|---|---|---|---|');
  for (const t of g.timings) {
    lines.push(
      `| ${t.what} | ${t.throttle}x | ${t.runsMs.map((r) => r.toFixed(0)).join(', ')} | ${ms(t.medianMs)} |`,
    );
  }
  lines.push(
    '',
    `| frames | CPU | objects drawn | frames | median | p95 | p95 / bare ${FESTIVAL_DOTS} sprites |`,
    '|---|---|---|---|---|---|---|',
  );
  for (const f of g.frames) {
    const bare = g.frames.find(
      (b) => b.what === `bare ${FESTIVAL_DOTS} sprites` && b.throttle === f.throttle,
    );
    const ratio = bare ? (f.p95Ms / bare.p95Ms).toFixed(2) : '-';
    lines.push(
      `| ${f.what} | ${f.throttle}x | ${f.objects} | ${f.frames} | ${ms(f.medianMs)} | ${ms(f.p95Ms)} | ${ratio} |`,
    );
  }
  lines.push('', '| JS heap (after GC) | used |', '|---|---|');
  for (const h of g.heap) lines.push(`| ${h.step} | ${h.usedMb.toFixed(2)} MB |`);
  lines.push('', '| Lighthouse 12 (mobile) | performance | FCP | LCP | TBT |', '|---|---|---|---|---|');
  for (const { page, figure: f } of g.lighthouse) {
    const v = (n: number | null) => (n === null ? '-' : ms(n));
    lines.push(
      `| ${page} | ${f.score ?? '-'} | ${v(f.firstContentfulPaintMs)} | ${v(f.largestContentfulPaintMs)} | ${v(f.totalBlockingTimeMs)} |`,
    );
  }
  return lines;
}

export function writeReport(report: BenchReport, mdFile: string, jsonFile: string): void {
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  const m = report.machine;
  const missed = report.budgets.filter((b) => !b.met);
  const lines = [
    '# Festivalmakers benchmark',
    '',
    `\`npm run bench${report.mode === 'quick' ? ' -- --quick' : ''}\` on ${report.startedAt} (${report.seconds.toFixed(0)} s). ` +
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(0)} GB, Node ${m.node}, ${m.chromium}; ` +
      `load average at start ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')}. Levels: ${report.levels.join(', ')}.`,
    '',
    '## Budgets',
    '',
    '| budget | measured | met |',
    '|---|---|---|',
    ...report.budgets.map((b) => `| ${b.budget} | ${b.measured} | ${b.met ? 'yes' : '**no**'} |`),
    '',
    ...(report.server ? serverSection(report.server) : ['## Server', '', 'Not run.']),
    '',
    ...(report.game ? gameSection(report.game) : ['## Game and dashboard', '', 'Not run.']),
    '',
    '## Not measured',
    '',
    ...(report.notMeasured.length ? report.notMeasured.map((n) => `- ${n}`) : ['- nothing']),
    '',
    '## Missed budgets and what would fix them',
    '',
    ...(missed.length ? missed.map((b) => `- **${b.budget}** (${b.measured}): ${b.fix}`) : ['- none']),
    '',
  ];
  writeFileSync(mdFile, lines.join('\n'));
}
