import type { APIRoute, GetStaticPaths } from 'astro';
import { getDigests, getModels, type ModelEntry } from '../../../../content.ts';
import { pageItem, sourceItem } from '../../../../lib/cite/index.ts';
import { citationFile, FILE_TYPES } from '../../../../lib/cite/files.ts';
import type { FileKind } from '../../../../lib/cite/live.ts';
import { pickOrFallback } from '../../../../lib/entry-view.ts';
import { LOCALES, localeParam, t, type Locale } from '../../../../lib/i18n.ts';
import { entryKey } from '../../../../lib/page-keys.ts';
import { modelPageCitation, modelSourceCitation } from '../../../../lib/site.ts';

/**
 * /models/<id>/cite.ris, .bib and .json (and under /en/): a model page's citation and its original source's, at
 * stable URLs a reference manager can fetch. The same items as the page's citation box (src/lib/cite/page.ts).
 */
export const getStaticPaths = (async () => {
  const entries = await getModels();
  const digests = await getDigests();
  const formats: FileKind[] = ['ris', 'bib', 'json'];
  return LOCALES.flatMap((locale) =>
    entries.flatMap((entry) =>
      formats.map((format) => ({
        params: { locale: localeParam(locale), id: entry.data.id, format },
        props: { locale, entry, format },
        // The files cite this entry alone.
        cacheKey: entryKey(digests, entry.data.id),
      })),
    ),
  );
}) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  entry: ModelEntry;
  format: FileKind;
}

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { locale, entry, format } = props;
  const data = entry.data;
  const items = [pageItem(modelPageCitation(site, locale, data.id, pickOrFallback(locale, data.title).text))];
  if (!data.draft) items.push(sourceItem(modelSourceCitation(data)));
  return new Response(citationFile(items, format, t(locale, 'cite.fileNote')), { headers: { 'Content-Type': FILE_TYPES[format] } });
};
