// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/markdown/paragraph-anchors.ts';
import { redirects } from './src/redirects.ts';
import pagefind from './src/integrations/pagefind.ts';

// `astro build --drafts` (or ATLAS_DRAFTS=1) keeps draft entries in a build; `astro dev` always shows them.
const includeDrafts = process.argv.includes('--drafts') || process.env.ATLAS_DRAFTS === '1';

// The content layer caches every entry, with its file path, in cacheDir. A build of another content root
// (ATLAS_CONTENT_DIR: the tests' copies, the benchmark) must not share that cache: once those files are gone,
// the next build of ./content fails importing them. So another root keeps its cache beside its content.
const contentDir = process.env.ATLAS_CONTENT_DIR;

// Static output only: the site is a set of files that any host can serve, under any base path (SITE_BASE).
export default defineConfig({
  ...(contentDir ? { cacheDir: `${contentDir.replace(/\/$/, '')}/.astro-cache/` } : {}),
  site: process.env.SITE_URL ?? 'https://party-ecology-atlas.example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  redirects,
  integrations: [
    mdx(),
    sitemap({ i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } } }),
    // Last, so it indexes the finished dist/ (search index and the pages it points to come from one build).
    pagefind(),
  ],
  markdown: {
    processor: satteri({
      hastPlugins: [paragraphAnchors],
      // Chinese quotation marks and the ASCII quotes left in sources are content: leave them as written.
      features: { smartPunctuation: false },
    }),
  },
  vite: {
    define: { 'import.meta.env.ATLAS_DRAFTS': JSON.stringify(includeDrafts) },
  },
});
