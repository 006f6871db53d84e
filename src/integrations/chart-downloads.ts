import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeDownloadsChannel, openDownloadsChannel, type DownloadsChannel } from '../lib/figures/emit.ts';
import { chartFonts } from '../lib/figures/png.ts';
import { startPngPool, type PngPool } from './png-pool.ts';

/**
 * The per-chart downloads (/charts/<name>.svg, .png and .csv, and under /en/). In a build, each page writes the
 * files of the charts it shows as it renders (src/lib/figures/emit.ts), so a download exists exactly when a
 * page shows and links its chart; this integration opens the channel the pages write through, with a worker
 * thread that renders the PNGs, and at the end waits for every write and fails the build on any that failed.
 * In `astro dev` there is no channel, and three routes serve the same files on request.
 */
export function chartDownloads(): AstroIntegration {
  let outDir: string | undefined;
  let channel: DownloadsChannel | undefined;
  let pool: PngPool | undefined;
  return {
    name: 'atlas:chart-downloads',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/[...locale]/charts/[name].svg', entrypoint: new URL('../routes/charts/svg.ts', import.meta.url) });
        injectRoute({ pattern: '/[...locale]/charts/[name].csv', entrypoint: new URL('../routes/charts/csv.ts', import.meta.url) });
        injectRoute({ pattern: '/[...locale]/charts/[name].png', entrypoint: new URL('../routes/charts/png.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties dist/ after this hook and before it renders any page, so the pages write into a clean dist/.
      'astro:build:start': () => {
        if (!outDir) return;
        // Fails the build at once, saying what to install, on a machine without a Chinese font.
        pool = startPngPool(chartFonts());
        channel = openDownloadsChannel(outDir, pool.render);
      },
      'astro:build:done': async ({ logger }) => {
        if (!channel) return;
        await Promise.all(channel.pending);
        await pool?.close();
        closeDownloadsChannel();
        if (channel.failures.length > 0) {
          for (const failure of channel.failures) logger.error(`chart download not written: ${failure}`);
          throw new Error(`${channel.failures.length} chart downloads could not be written; see above.`);
        }
        logger.info(`wrote ${channel.written.size} chart downloads`);
      },
    },
  };
}
