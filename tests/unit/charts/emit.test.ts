import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFiles } from '../../../src/lib/figures/download.ts';
import { closeDownloadsChannel, emitDownloads, openDownloadsChannel } from '../../../src/lib/figures/emit.ts';
import { figuresFor } from '../../../src/lib/figures/index.ts';
import { context } from './content.ts';

const CSS = '.chart { fill: none; }';
const SITE = 'https://atlas.example.org/';
const dirs: string[] = [];
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-emit-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  closeDownloadsChannel();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('chart downloads written while a page renders', () => {
  const [matrix] = figuresFor('matrix', context('en'));
  const files = downloadFiles(matrix!, { css: CSS, citation: 'Cite this chart: …', site: SITE });

  it('does nothing outside a build (no channel open)', () => {
    expect(() => emitDownloads(matrix!, 'en', files)).not.toThrow();
  });

  it('writes the SVG and CSV a download endpoint would serve, under the edition, once per file', async () => {
    const dist = outDir();
    const channel = openDownloadsChannel(dist);
    emitDownloads(matrix!, 'en', files);
    emitDownloads(matrix!, 'en', files);
    emitDownloads(matrix!, 'zh-CN', files);
    await Promise.all(channel.pending);
    expect(channel.pending).toHaveLength(4);
    expect(readdirSync(join(dist, 'en', 'charts')).sort()).toEqual(['matrix.csv', 'matrix.svg']);
    expect(readdirSync(join(dist, 'charts')).sort()).toEqual(['matrix.csv', 'matrix.svg']);
    expect(readFileSync(join(dist, 'en', 'charts', 'matrix.svg'), 'utf8')).toBe(files.svg);
    expect(readFileSync(join(dist, 'en', 'charts', 'matrix.csv'), 'utf8')).toBe(files.csv);
    expect(channel.failures).toEqual([]);
  });

  it('records a file it could not write, naming it, instead of losing it silently', async () => {
    const dist = outDir();
    // A folder where the file should go: the write fails for any user, root included.
    mkdirSync(join(dist, 'en', 'charts', 'matrix.svg'), { recursive: true });
    const channel = openDownloadsChannel(dist);
    emitDownloads(matrix!, 'en', files);
    await Promise.all(channel.pending);
    expect(channel.failures).toHaveLength(1);
    expect(channel.failures[0]).toContain(join(dist, 'en', 'charts', 'matrix.svg'));
    expect(channel.failures[0]).toMatch(/EISDIR/);
  });
});
