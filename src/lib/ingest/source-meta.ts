import type { FramedText } from './frame.ts';
import type { SourceMeta } from './metadata.ts';
import type { PageMeta } from './page-meta.ts';

/** What ingest learns about a source's publication, for the entry's `source` fields. */
export interface IngestMeta extends SourceMeta {
  /** The source's own abstract (摘要), kept out of the body. */
  abstract: string | null;
  /** The page's canonical address, for a saved web page that records one. */
  url: string | null;
}

/**
 * The title and source fields from both places a page states them. The page's own metadata (a saved page's
 * ArticleTitle, PubDate, ContentSource, og:url …) comes first, being what its CMS holds; then what the text's
 * header says (the headline, 来源/发布时间 lines); then the page's weak fallbacks (its site name for the
 * publisher, its <title> for the title).
 */
export function combineMeta(page: PageMeta, frame: FramedText): { title: string | null; meta: IngestMeta } {
  return {
    title: page.title ?? frame.title ?? page.documentTitle,
    meta: {
      publisher: page.publisher ?? frame.meta.publisher ?? page.siteName,
      published: page.published ?? frame.meta.published,
      author: page.author ?? frame.meta.author,
      abstract: frame.abstract,
      url: page.url,
    },
  };
}
