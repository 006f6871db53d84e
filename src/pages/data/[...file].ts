import type { APIRoute, GetStaticPaths } from 'astro';
import { getCategories, getCuratedModels } from '../../content.ts';
import { OPEN_DATA_FILES, openDataParts, type OpenDataFile } from '../../lib/export.ts';

/**
 * /data/models.json (every curated model, as in the entry schema, with its page's path), /data/metrics.csv and
 * /data/mechanisms.csv (one row per figure or mechanism, UTF-8 with BOM for Excel); each whole while it fits one
 * file on a common host, else one per province under /data/region/<province>/ (src/lib/export.ts openDataParts).
 */
const TYPES: Record<OpenDataFile, string> = {
  'models.json': 'application/json; charset=utf-8',
  'metrics.csv': 'text/csv; charset=utf-8',
  'mechanisms.csv': 'text/csv; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const models = await getCuratedModels();
  const categories = await getCategories();
  return OPEN_DATA_FILES.flatMap((name) =>
    openDataParts(name, models, categories, import.meta.env.BASE_URL).map((part) => ({ params: { file: part.path }, props: { body: part.body, type: TYPES[name] } })),
  );
}) satisfies GetStaticPaths;

interface Props {
  body: string;
  type: string;
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
