import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeDownloadsChannel, openDownloadsChannel, type DownloadsChannel } from '../lib/figures/emit.ts';

/**
 * The per-chart downloads (/charts/<name>.svg and .csv, and under /en/; the PNG is drawn in the browser). In a
 * build, each page writes the files of the charts it shows as it renders (src/lib/figures/emit.ts), so a download
 * exists exactly when a page shows and links its chart; this integration opens the channel the pages write
 * through, and at the end waits for every write and fails the build on any that failed. In `astro dev` there is
 * no channel, and two routes serve the same files on request.
 */
export function chartDownloads(): AstroIntegration {
  let outDir: string | undefined;
  let channel: DownloadsChannel | undefined;
  return {
    name: 'atlas:chart-downloads',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/[...locale]/charts/[name].svg', entrypoint: new URL('../routes/charts/svg.ts', import.meta.url) });
        injectRoute({ pattern: '/[...locale]/charts/[name].csv', entrypoint: new URL('../routes/charts/csv.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties dist/ after this hook and before it renders any page, so the pages write into a clean dist/.
      'astro:build:start': () => {
        if (outDir) channel = openDownloadsChannel(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        if (!channel) return;
        await Promise.all(channel.pending);
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
