// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { movedPageFiles } from './src/lib/published-urls.ts';
import { redirects } from './src/redirects.ts';

// `astro build --drafts` (or ATLAS_DRAFTS=1) keeps draft entries in a build; `astro dev` always shows them.
const includeDrafts = process.argv.includes('--drafts') || process.env.ATLAS_DRAFTS === '1';

// The content layer caches every entry, with its file path, in cacheDir. A build of another content root
// (ATLAS_CONTENT_DIR: the tests' copies, the benchmark) must not share that cache: once those files are gone,
// the next build of ./content fails importing them. So another root keeps its cache beside its content.
const contentDir = process.env.ATLAS_CONTENT_DIR;

// Static output only: the site is a set of files that any host can serve, under any base path (SITE_BASE).
const moved = movedPageFiles(redirects);
const site = process.env.SITE_URL ?? 'https://party-ecology-atlas.example.org';
export default defineConfig({
  site,
  ...(contentDir ? { cacheDir: `${contentDir.replace(/\/$/, '')}/.astro-cache/` } : {}),
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
  vite: {
    define: { 'import.meta.env.ATLAS_DRAFTS': JSON.stringify(includeDrafts) },
  },
});
