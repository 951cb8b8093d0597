// The built game as static files: a browser that accepts brotli or gzip gets the precompressed
// copy the build wrote (with the file's own content type), one that accepts neither the plain file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompressPlugin';
import { startTestServer, type TestServer } from './testServer';

const SCRIPT = `export const stages = [${Array.from({ length: 400 }, (_, i) => `'stage ${i}'`).join(', ')}];\n`;
const PAGE = `<!doctype html><html><body>${'<p>Festivalmakers</p>'.repeat(60)}</body></html>\n`;

describe('static files', () => {
  let staticDir: string;
  let server: TestServer;
  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'fm-static-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'assets', 'game-abc123.js'), SCRIPT);
    writeFileSync(join(staticDir, 'index.html'), PAGE);
    precompressDir(staticDir);
    server = await startTestServer({ staticDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends brotli to a browser that accepts it', async () => {
    const response = await get('/assets/game-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 3);
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted', async () => {
    const response = await get('/assets/game-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(SCRIPT);
  });

  it('sends the plain file without Accept-Encoding', async () => {
    const response = await get('/assets/game-abc123.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.payload).toBe(SCRIPT);
  });

  it('sends the page at / compressed as html, still revalidated on every visit', async () => {
    const response = await get('/', 'br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('public, max-age=0');
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(PAGE);
  });
});
