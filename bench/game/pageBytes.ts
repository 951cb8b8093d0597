// Bytes a page downloads until it is ready, split into Phaser, our code, assets and API calls:
// as gzip would send them (level 6, like most servers), uncompressed, and on the wire as this
// server sent them (it serves precompressed brotli or gzip copies of the built files).
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';

export type ByteKind = 'phaser' | 'code' | 'assets' | 'api';

export interface PageBytes {
  files: { path: string; kind: ByteKind; rawBytes: number; gzipBytes: number; wireBytes: number }[];
  gzipByKind: Record<ByteKind, number>;
  gzipTotal: number;
  rawTotal: number;
  /** Response bodies as they came over the network (encoded). */
  wireTotal: number;
  phaserLoaded: boolean;
}

function kindOf(response: Response): ByteKind {
  const path = new URL(response.url()).pathname;
  if (path.startsWith('/api/')) return 'api';
  if (/\/phaser[-.][^/]*\.js$/.test(path)) return 'phaser';
  const type = response.request().resourceType();
  return type === 'script' || type === 'document' || type === 'stylesheet' ? 'code' : 'assets';
}

/** Opens `url` in a fresh page of `context` and counts every response until `ready` resolves. */
export async function pageBytes(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<PageBytes> {
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => {
    if (!r.url().startsWith('data:')) responses.push(r);
  });
  await page.goto(url);
  await ready(page);
  const counted = [...responses];
  const files: PageBytes['files'] = [];
  for (const response of counted) {
    const body = await response.body().catch(() => null);
    if (!body) continue;
    const sizes = await response.request().sizes();
    files.push({
      path: new URL(response.url()).pathname,
      kind: kindOf(response),
      rawBytes: body.byteLength,
      gzipBytes: gzipSync(body, { level: 6 }).byteLength,
      wireBytes: sizes.responseBodySize,
    });
  }
  await page.close();
  const gzipByKind: Record<ByteKind, number> = { phaser: 0, code: 0, assets: 0, api: 0 };
  for (const f of files) gzipByKind[f.kind] += f.gzipBytes;
  return {
    files,
    gzipByKind,
    gzipTotal: files.reduce((s, f) => s + f.gzipBytes, 0),
    rawTotal: files.reduce((s, f) => s + f.rawBytes, 0),
    wireTotal: files.reduce((s, f) => s + f.wireBytes, 0),
    phaserLoaded: files.some((f) => f.kind === 'phaser') || files.some((f) => /phaser/i.test(f.path)),
  };
}
