// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { buildCacheDir } from './src/lib/build-cache.ts';
import { movedPageFiles } from './src/lib/published-urls.ts';
import { redirects } from './src/redirects.ts';

// `astro build --drafts` (or ATLAS_DRAFTS=1) keeps draft entries in a build; `astro dev` always shows them.
const includeDrafts = process.argv.includes('--drafts') || process.env.ATLAS_DRAFTS === '1';

// Static output only: the site is a set of files that any host can serve, under any base path (SITE_BASE).
const moved = movedPageFiles(redirects);
const site = process.env.SITE_URL ?? 'https://party-ecology-atlas.example.org';
export default defineConfig({
  site,
  // The content store and the incremental build's copies of pages (below), kept where `npm ci` leaves them.
  cacheDir: buildCacheDir(),
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // A strict Content-Security-Policy: Astro writes a <meta> policy with hashes of its scripts and styles on
  // every page, so no 'unsafe-inline' is needed (and src/integrations/csp-headers.ts writes it to dist/_headers for hosts that read one).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    mdx(),
    // Moved addresses (src/pages/[...moved].astro) are no pages of their own.
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
      filter: (page) => ![...moved].some((file) => `${new URL(page).pathname}index.html`.endsWith(`/${file}`)),
    }),
    cspHeaders(),
    // The search index is built after `astro build` exits, by scripts/build.ts (npm run build).
  ],
  markdown: {
    // No code in these texts; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    processor: satteri({
      // Chinese quotation marks and the ASCII quotes left in sources are content: leave them as written.
      features: { smartPunctuation: false },
    }),
  },
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (src/lib/page-keys.ts) are copied from the last build while the
    // key and their code are unchanged; `astro build --force` renders every page again.
    incrementalBuild: true,
  },
  vite: {
    define: { 'import.meta.env.ATLAS_DRAFTS': JSON.stringify(includeDrafts) },
  },
});
