// `npm start`: builds the game and dashboard when the build is missing or older than the
// sources, then starts the server (which serves both and the API on its embedded database).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    return Math.max(latest, time);
  }, 0);

const built = 'dist/index.html';
const sources = ['src', 'levels', 'assets', 'index.html', 'teacher.html', 'vite.config.ts']
  .filter((p) => existsSync(p))
  .map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs));
if (!existsSync(built) || Math.max(...sources) > statSync(built).mtimeMs) {
  console.log('Building the game and the dashboard...');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);
