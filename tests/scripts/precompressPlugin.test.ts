// The build's precompression: .br and .gz copies of text files that shrink, none for small files
// or for data that does not compress.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompressPlugin';

describe('precompressDir', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip copies that decompress to the original', () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-precompress-'));
    const text = 'const visitorsPerToilet = 75;\n'.repeat(200);
    writeFileSync(join(dir, 'a.js'), text);
    const figures = precompressDir(dir);
    expect(figures.files).toBe(1);
    expect(figures.rawBytes).toBe(text.length);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a.js.br'))).toString()).toBe(text);
    expect(gunzipSync(readFileSync(join(dir, 'a.js.gz'))).toString()).toBe(text);
    expect(figures.brotliBytes).toBeLessThanOrEqual(figures.gzipBytes);
  });

  it('leaves small files, other types and incompressible data alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-precompress-'));
    writeFileSync(join(dir, 'small.js'), 'export {};\n');
    writeFileSync(join(dir, 'icon.png'), 'x'.repeat(4000));
    writeFileSync(join(dir, 'noise.wav'), randomBytes(4000));
    expect(precompressDir(dir).files).toBe(0);
    for (const name of ['small.js', 'icon.png', 'noise.wav']) {
      expect(existsSync(join(dir, `${name}.gz`))).toBe(false);
      expect(existsSync(join(dir, `${name}.br`))).toBe(false);
    }
  });
});
