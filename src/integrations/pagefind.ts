import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the finished site at `astro:build:done`, the way Starlight does, so that
 * `astro build` alone produces search. It indexes whatever HTML the build wrote (any content root, any
 * number of models): pages mark their text with `data-pagefind-body` and their chrome with
 * `data-pagefind-ignore`, and Pagefind writes one index per `<html lang>` (zh-CN and en) into
 * `<dist>/pagefind/`.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

interface Response {
  errors: string[];
}

/** Fails the build on any Pagefind error: a site without search must not ship silently. */
function assertOk<T extends Response>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind reported errors; see above.');
  }
  return response;
}

export async function buildIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = assertOk(await pagefind.createIndex({}), logger);
    if (!index) throw new Error('Pagefind did not create an index.');
    const { page_count } = assertOk(await index.addDirectory({ path: outDir }), logger);
    assertOk(await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` }), logger);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`Indexed ${page_count} pages in ${seconds} s.`);
  } finally {
    await pagefind.close();
  }
}
