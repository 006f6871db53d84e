import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPng, type ChartFonts } from '../lib/figures/png.ts';

/**
 * Renders chart PNGs off the main thread during a build (./chart-downloads.ts): resvg is synchronous work that
 * would otherwise hold up the pages rendering meanwhile. Each message is one file; each reply says it is written.
 */
const fonts = (workerData as { fonts: ChartFonts }).fonts;
parentPort?.on('message', async ({ id, svg, file }: { id: number; svg: string; file: string }) => {
  try {
    await writeFile(file, await renderPng(svg, fonts));
    parentPort?.postMessage({ id });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
