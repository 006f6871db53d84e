import { getCollection } from 'astro:content';
import { isPublished } from './lib/drafts.ts';

// MODE, not DEV: DEV follows NODE_ENV, which test runners set, while MODE follows the Astro command.
const includeDrafts = import.meta.env.MODE === 'development' || import.meta.env.ATLAS_DRAFTS;

/** Every model entry the current build shows, in id order (stable across builds). */
export async function getModels() {
  const entries = await getCollection('models', (entry) => isPublished(entry, includeDrafts));
  return entries.sort((a, b) => a.data.id.localeCompare(b.data.id));
}
