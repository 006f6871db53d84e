import { Worker } from 'node:worker_threads';
import type { ChartFonts } from '../lib/figures/png.ts';

/**
 * A worker thread that renders PNG files for the build (./png-worker.ts). One worker: the machines this builds on
 * have two cores, and the main thread is rendering pages meanwhile.
 */
export interface PngPool {
  /** Renders `svg` into `file`; resolves once the file is written. */
  render(svg: string, file: string): Promise<void>;
  close(): Promise<void>;
}

export function startPngPool(fonts: ChartFonts): PngPool {
  const worker = new Worker(new URL('./png-worker.ts', import.meta.url), { workerData: { fonts } });
  // The worker only holds the process open while it has work: an idle build ends when its last page is written.
  worker.unref();
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.on('message', ({ id, error }: { id: number; error?: string }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error) job?.reject(new Error(error));
    else job?.resolve();
  });
  worker.on('error', (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  });
  return {
    render(svg, file) {
      const id = next++;
      worker.ref();
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, svg, file });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
