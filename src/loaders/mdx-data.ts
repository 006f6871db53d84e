import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter, splitEntry } from '../lib/entries/entry-text.ts';

/**
 * Loads content/models/*.mdx as data: the YAML frontmatter (checked against the collection schema) and
 * the body text, which pages read as numbered paragraphs (src/lib/entries/body.ts) to mark every quote in
 * it. Astro's glob loader would also compile each .mdx into a component module for `render()`, which
 * nothing here calls; at thousands of entries that compilation is most of the build's time and memory.
 */
export function mdxDataLoader(directory: string, options: { explain?: (data: unknown) => string | null } = {}): Loader {
  return {
    name: 'atlas:mdx-data',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = resolve(new URL('.', config.root).pathname, directory);
      const sync = async () => {
        const seen = new Set<string>();
        for (const name of readdirSync(root).filter((f) => f.endsWith('.mdx')).sort()) {
          const filePath = join(root, name);
          const text = readFileSync(filePath, 'utf8');
          const id = name.slice(0, -'.mdx'.length);
          const digest = generateDigest(text);
          seen.add(id);
          if (store.get(id)?.digest === digest) continue;
          const { frontmatter, body } = splitEntry(text);
          const raw = parseFrontmatter(frontmatter);
          let data: Awaited<ReturnType<typeof parseData>>;
          try {
            data = await parseData({ id, data: raw, filePath });
          } catch (error) {
            // Astro words schema errors as Zod does; say instead what was found and what is allowed.
            const explained = options.explain?.(raw);
            // Named as the integrity rules name entries (content/models/<id>.mdx), wherever the content root is.
            if (explained) throw new Error(`content/${basename(root)}/${name}:\n${explained}`, { cause: error });
            throw error;
          }
          store.set({ id, data, body, filePath: relative(new URL('.', config.root).pathname, filePath), digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // `astro dev`: pick up edits to entries as they are saved.
      watcher?.add(root);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(root) && path.endsWith('.mdx')) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
