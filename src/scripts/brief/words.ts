import { fill } from '../../lib/locale.ts';
import type { DocumentWords } from '../../lib/brief/document.ts';

/** The /brief/ page's words, handed over by the page in data-words (the dictionaries stay out of the bundle). */
export type PageWords = Record<
  | 'brief.empty' | 'brief.missing' | 'brief.up' | 'brief.down' | 'brief.remove' | 'brief.addHeading' | 'brief.addNote' | 'brief.heading' | 'brief.note'
  | 'brief.defaultTitle' | 'brief.shared' | 'brief.references' | 'brief.source' | 'brief.sourceOnly' | 'brief.compare' | 'brief.item' | 'brief.loadFailed',
  string
>;

export function documentWords(words: PageWords, locale: string): DocumentWords {
  return {
    defaultTitle: words['brief.defaultTitle'],
    source: (source, paragraph) => fill(words['brief.source'], { source, paragraph }),
    sourceOnly: (source) => fill(words['brief.sourceOnly'], { source }),
    compare: (names) => fill(words['brief.compare'], { names }),
    listSeparator: locale === 'en' ? '; ' : '、',
  };
}

export const missingWords = (words: PageWords) => (id: string) => fill(words['brief.missing'], { id });
export const noteLead = (words: PageWords, locale: string) => `${words['brief.note']}${locale === 'en' ? ': ' : '：'}`;
