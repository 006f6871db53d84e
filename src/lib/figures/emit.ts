import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Locale } from '../i18n.ts';
import { downloadPath, type FileFormat } from './download.ts';
import type { Figure } from './types.ts';

/**
 * Writing a figure's downloads (/charts/<name>.svg and .csv) while `astro build` renders the page that shows
 * it. The page has just laid the figure out, so its files cost two string writes; serving them from
 * endpoints instead meant ~16 more routes per model, and keeping every figure of the site alive from
 * getStaticPaths until its route was rendered (at 1 000 models most of the build's memory and a tenth of
 * its time). The chart-downloads integration (src/integrations/chart-downloads.ts) opens the channel below
 * for the length of a build and waits for the writes before the build is done.
 */

/**
 * What the integration and the pages share during a build. They are different module instances (the
 * integration runs in Astro's config, the pages in the bundle Vite built), so they meet on globalThis.
 */
export interface DownloadsChannel {
  /** dist/: the folder the site's URLs map to (downloads are written under it without the base). */
  outDir: string;
  /** Writes queued or under way; the integration awaits them at astro:build:done. */
  pending: Promise<void>[];
  /**
   * At most this many files open at once: /formulas/ alone queues two files per tree of the whole collection
   * (30 000 at 5 000 models), more than a process may open.
   */
  limit: LimitFunction;
  /** Files that could not be written, with the reason. */
  failures: string[];
  written: Set<string>;
  /** Folders already made in this build. */
  folders: Set<string>;
}

const CHANNEL = Symbol.for('atlas:chart-downloads');

export function openDownloadsChannel(outDir: string): DownloadsChannel {
  const channel: DownloadsChannel = { outDir, pending: [], limit: pLimit(16), failures: [], written: new Set(), folders: new Set() };
  (globalThis as Record<symbol, unknown>)[CHANNEL] = channel;
  return channel;
}

export function closeDownloadsChannel(): void {
  delete (globalThis as Record<symbol, unknown>)[CHANNEL];
}

/** Whether a build is writing downloads now (a page need not make their contents otherwise). */
export function emittingDownloads(): boolean {
  return (globalThis as Record<symbol, DownloadsChannel | undefined>)[CHANNEL] !== undefined;
}

/**
 * Starts writing the figure's SVG and CSV files into dist/, once per file (a site-wide chart shown on two pages is
 * written once). The writes run in the background while the next pages render: creating tens of thousands of
 * small files one by one, synchronously, was a tenth of a 1 000-model build. Does nothing outside a build (`astro dev` serves the same files
 * from src/routes/charts/).
 */
export function emitDownloads(figure: Figure, locale: Locale, files: { svg: string; csv: string }): void {
  const channel = (globalThis as Record<symbol, DownloadsChannel | undefined>)[CHANNEL];
  if (!channel) return;
  const target = (format: FileFormat) => {
    const file = join(channel.outDir, downloadPath(locale, figure, format, '/'));
    if (channel.written.has(file)) return null;
    channel.written.add(file);
    const folder = dirname(file);
    if (!channel.folders.has(folder)) (mkdirSync(folder, { recursive: true }), channel.folders.add(folder));
    return file;
  };
  const failed = (file: string) => (error: Error) => void channel.failures.push(`${file}: ${error.message}`);
  for (const format of ['svg', 'csv'] as const) {
    const file = target(format);
    if (file) channel.pending.push(channel.limit(() => writeFile(file, files[format])).catch(failed(file)));
  }
}
