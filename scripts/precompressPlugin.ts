// Vite plugin: after the build (and after the PWA plugin wrote sw.js), writes a brotli (.br) and a
// gzip (.gz) copy next to every compressible file, so the server sends them without compressing.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/** Extensions worth compressing; images in png are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.webmanifest',
  '.wav',
  '.txt',
]);
/** Below this size the encoding headers cost about as much as they save. */
const MIN_BYTES = 512;
/** A copy is kept only when it is at most this share of the original. */
const MAX_RATIO = 0.9;

export interface PrecompressFigures {
  files: number;
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `<file>.br` and `<file>.gz` for every compressible file under `dir` that gets smaller. */
export function precompressDir(dir: string): PrecompressFigures {
  const figures: PrecompressFigures = { files: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (!COMPRESSIBLE.has(extname(path)) || !statSync(path).isFile()) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    if (gzip.length > raw.length * MAX_RATIO) continue;
    writeFileSync(`${path}.gz`, gzip);
    if (brotli.length < gzip.length) writeFileSync(`${path}.br`, brotli);
    figures.files += 1;
    figures.rawBytes += raw.length;
    figures.brotliBytes += Math.min(brotli.length, gzip.length);
    figures.gzipBytes += gzip.length;
  }
  return figures;
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  let logger: Logger | null = null;
  return {
    name: 'festivalmakers-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const f = precompressDir(outDir);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        logger?.info(
          `precompressed ${f.files} files: ${kb(f.rawBytes)} raw, ${kb(f.gzipBytes)} gzip, ${kb(f.brotliBytes)} brotli`,
        );
      },
    },
  };
}
