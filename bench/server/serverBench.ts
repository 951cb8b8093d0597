// The server half of the benchmark: seed a database, start the real server on it, load it from
// a second process (submissions with re-scoring, the progress grid, /api/health as the baseline
// on the same server in the same run), then time the exports and read the server's peak memory.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Level } from '../../src/core/levels/LevelSchema';
import { DATABASE_FILE } from '../../src/server/db/openDatabase';
import { ATTEMPT_ID_MARK, type LoadPlan, type LoadResult, loadResultSchema } from './LoadPlan';
import type { SeedSize } from './SeedSize';
import { ServerProcess } from './ServerProcess';
import { type SeededDatabase, seedDatabase } from './seedDatabase';
import { TryScores } from './TryScores';

export interface ServerBenchOptions {
  size: SeedSize;
  /** Seconds of each measured load. */
  loadS: number;
  /** Times each export is repeated (the median time and the highest peak are kept). */
  exportRuns: number;
  levels: readonly Level[];
  levelsDir: string;
  staticDir: string;
  outDir: string;
  port: number;
  log: (line: string) => void;
}

export interface ExportFigure {
  what: string;
  pupils: number;
  runs: number;
  medianMs: number;
  bytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

export interface ServerFigures {
  seed: SeededDatabase['counts'] & { seconds: number; databaseMb: number };
  loads: { name: string; result: LoadResult }[];
  exports: ExportFigure[];
}

const run = promisify(execFile);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Submission bodies for a pupil: for every task a wrong try, then the right one. */
export function submissionBodies(levels: readonly Level[], seed: number, scores: TryScores): string[] {
  const clientCreatedAt = new Date().toISOString();
  return levels.flatMap((level) =>
    level.tasks.flatMap((task) => {
      const { wrong, right } = scores.answers(task, seed);
      return [wrong, right].map((answer) =>
        JSON.stringify({
          attemptId: ATTEMPT_ID_MARK,
          levelId: level.id,
          levelVersion: level.version,
          taskId: task.id,
          seed,
          answer,
          hintsUsed: 0,
          timeMs: 30_000,
          clientCreatedAt,
        }),
      );
    }),
  );
}

async function runLoad(plan: LoadPlan, outDir: string): Promise<LoadResult> {
  const file = join(outDir, `plan-${plan.route}-${plan.connections}.json`);
  writeFileSync(file, JSON.stringify(plan));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/server/loadClient.ts', file], {
    maxBuffer: 1 << 20,
  });
  return loadResultSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

/** Waits until the server has worked off the previous load: /api/health answers, then 1 s of rest. */
async function settle(url: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // still busy
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
}

async function timeExport(server: ServerProcess, path: string, cookie: string, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  let peak = 0;
  let before = 0;
  for (let i = 0; i < runs; i += 1) {
    before = Math.max(before, server.rssMb());
    server.resetPeak();
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
    peak = Math.max(peak, server.peakMb());
  }
  return { medianMs: median(times), bytes, rssBeforeMb: before, peakRssMb: peak };
}

export async function serverBench(options: ServerBenchOptions): Promise<ServerFigures> {
  const { size, loadS, outDir, log } = options;
  const dataDir = join(outDir, 'db');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  log(`seeding ${size.classes} classes, ${size.pupils} pupils, ${size.attempts} attempts`);
  const seeded = await seedDatabase(dataDir, options.levels, size, log);
  const databaseMb = statSync(join(dataDir, DATABASE_FILE)).size / 1e6;
  log(`seeded in ${seeded.seconds.toFixed(1)} s (${databaseMb.toFixed(0)} MB)`);

  const startServer = () =>
    ServerProcess.start({
      port: options.port,
      dataDir,
      staticDir: options.staticDir,
      levelsDir: options.levelsDir,
      logFile: join(outDir, 'server.log'),
    });
  let server = await startServer();
  try {
    const url = server.url;
    const scores = new TryScores(1);
    const pupils = seeded.pupils.map((p) => ({
      cookie: `fm_session=${p.token}`,
      csrfToken: p.csrfToken,
      bodies: submissionBodies(options.levels, p.seed, scores),
    }));
    const teacherCookie = `fm_session=${seeded.teacher.token}`;
    const gridPath = `/api/classes/${seeded.gridClassId}/progress`;
    const loads: { name: string; result: LoadResult }[] = [];
    const measure = async (name: string, plan: LoadPlan) => {
      await settle(url);
      const result = await runLoad(plan, outDir);
      log(
        `${name}: ${result.requestsPerS.toFixed(0)}/s p50 ${result.latencyP50Ms} ms p99 ${result.latencyP99Ms} ms` +
          (result.non2xx + result.errors + result.timeouts > 0
            ? ` (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
            : ''),
      );
      loads.push({ name, result });
    };

    await runLoad({ route: 'submit', url, connections: 10, durationS: Math.min(3, loadS), pupils }, outDir);
    for (const connections of [50, 500]) {
      await measure(`health-${connections}`, { route: 'health', url, connections, durationS: loadS });
      await measure(`submit-${connections}`, { route: 'submit', url, connections, durationS: loadS, pupils });
    }
    await measure('health-10', { route: 'health', url, connections: 10, durationS: loadS });
    // One teacher opening the grid at a time (the budget), then ten at once.
    for (const connections of [1, 10]) {
      await measure(`grid-${connections}`, {
        route: 'grid',
        url,
        connections,
        durationS: loadS,
        path: gridPath,
        cookie: teacherCookie,
      });
    }

    // Each export on a freshly started server: its memory then shows what that export takes, not
    // the heap the 500-connection load or an earlier export left behind.
    const exports: ExportFigure[] = [];
    for (const [who, classId, pupilCount] of [
      ['class', seeded.gridClassId, size.gridClassPupils],
      ['school', seeded.schoolClassId, size.schoolPupils],
    ] as const) {
      for (const format of ['csv', 'xlsx'] as const) {
        await server.stop();
        server = await startServer();
        const figure = await timeExport(
          server,
          `/api/classes/${classId}/export.${format}`,
          teacherCookie,
          options.exportRuns,
        );
        const what = `${who} ${format.toUpperCase()}`;
        log(`export ${what}: ${figure.medianMs.toFixed(0)} ms, peak ${figure.peakRssMb.toFixed(0)} MB`);
        exports.push({ what, pupils: pupilCount, runs: options.exportRuns, ...figure });
      }
    }
    return { seed: { ...seeded.counts, seconds: seeded.seconds, databaseMb }, loads, exports };
  } finally {
    await server.stop();
  }
}
