// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/markdown/paragraph-anchors.ts';

// `astro build --drafts` (or ATLAS_DRAFTS=1) keeps draft entries in a build; `astro dev` always shows them.
const includeDrafts = process.argv.includes('--drafts') || process.env.ATLAS_DRAFTS === '1';

// Static output only: the site is a set of files that any host can serve.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://party-ecology-atlas.example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx()],
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
