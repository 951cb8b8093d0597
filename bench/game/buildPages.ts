// Production builds for the benchmark, in its own folder: the game and dashboard (the project's
// vite config), with the bare Phaser baseline page built into a sub-folder of the same site.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { precompressDir } from '../../scripts/precompressPlugin';

const run = promisify(execFile);
export const BARE_PATH = 'bench-bare';

export async function buildPages(outDir: string): Promise<void> {
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--emptyOutDir'];
  await run(process.execPath, [...vite, '--outDir', outDir], { maxBuffer: 16 << 20 });
  await run(
    process.execPath,
    [...vite, 'bench/fixtures/bare', '--base', './', '--outDir', join(outDir, BARE_PATH)],
    { maxBuffer: 16 << 20 },
  );
  // Served like the game: precompressed copies beside the files.
  precompressDir(join(outDir, BARE_PATH));
}
