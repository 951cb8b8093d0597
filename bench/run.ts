// `npm run bench [-- --quick]`: seeds and loads the server, then measures the game and the
// dashboard in headless Chromium, and writes bench/report.md and bench/report.json.
// Raw output (database, builds, logs) goes to bench/out/. Ports 4381-4389 on 127.0.0.1 only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLevelCatalog } from '../src/server/levels/LevelCatalog';
import { buildPages } from './game/buildPages';
import { type GameFigures, gameBench } from './game/gameBench';
import { CHROMIUM_PATH } from './game/launchBrowser';
import { gameBudgets, serverBudgets } from './report/budgets';
import { type BenchReport, writeReport } from './report/writeReport';
import { FULL_SEED, QUICK_SEED } from './server/SeedSize';
import { ServerProcess } from './server/ServerProcess';
import { type ServerFigures, serverBench } from './server/serverBench';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const outDir = resolve('bench/out');
const levelsDir = resolve(process.env.LEVELS_DIR ?? 'levels');
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
mkdirSync(outDir, { recursive: true });

const catalog = loadLevelCatalog(levelsDir, (file, problems) =>
  log(`level refused: ${file}: ${problems[0]}`),
);
const playable = catalog.levels.filter((l) => !l.promo);
const level = playable[0] ?? catalog.levels[0];
if (!level) throw new Error(`no level in ${levelsDir} passes the level checker`);

let chromium = 'Chromium (version unknown)';
try {
  chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
} catch {
  log(`no Chromium at ${CHROMIUM_PATH}: set CHROMIUM_PATH`);
}
const notMeasured: string[] =
  quick && !args.has('--no-game')
    ? ['with --quick: Lighthouse, and frame times under 4x CPU throttling (the full run measures them)']
    : [];

let server: ServerFigures | null = null;
if (!args.has('--no-server')) {
  server = await serverBench({
    size: quick ? QUICK_SEED : FULL_SEED,
    loadS: quick ? 4 : 20,
    exportRuns: quick ? 1 : 3,
    levels: catalog.levels,
    levelsDir,
    staticDir: join(outDir, 'no-static'),
    outDir,
    port: 4381,
    log,
  });
}

let game: GameFigures | null = null;
if (!args.has('--no-game')) {
  const distDir = join(outDir, 'dist');
  try {
    log('building the game, the dashboard and the bare Phaser page');
    await buildPages(distDir);
    const dataDir = join(outDir, 'db-game');
    rmSync(dataDir, { recursive: true, force: true });
    const site = await ServerProcess.start({
      port: 4382,
      dataDir,
      staticDir: distDir,
      levelsDir,
      logFile: join(outDir, 'server-game.log'),
    });
    try {
      game = await gameBench({
        baseUrl: site.url,
        levelId: level.id,
        taskIds: level.tasks.map((t) => t.id),
        runs: quick ? 1 : 3,
        frameS: quick ? 2 : 8,
        warmS: quick ? 2 : 6,
        lighthousePort: 4389,
        frameThrottles: quick ? [1] : [1, 4],
        lighthouse: !quick,
        log,
      });
    } finally {
      await site.stop();
    }
  } catch (error) {
    notMeasured.push(`the game part stopped: ${String(error).split('\n').slice(0, 2).join(' ')}`);
    log(`game part failed: ${String(error).slice(0, 2000)}`);
  }
}

const report: BenchReport = {
  mode: quick ? 'quick' : 'full',
  startedAt: new Date(started).toISOString(),
  seconds: (Date.now() - started) / 1000,
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: totalmem() / 2 ** 30,
    node: process.version,
    chromium,
    loadAverage: loadavg(),
  },
  levels: catalog.levels.map((l) => `${l.id} v${l.version}`),
  server,
  game,
  notMeasured,
  budgets: [...(server ? serverBudgets(server) : []), ...(game ? gameBudgets(game) : [])],
};
writeReport(report, resolve('bench/report.md'), resolve('bench/report.json'));
log(`wrote bench/report.md and bench/report.json (free memory ${(freemem() / 2 ** 30).toFixed(1)} GB)`);
