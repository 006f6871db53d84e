import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/**
 * Traditional → Simplified with OpenCC's two standard tables only (phrases, then characters): the same
 * conversion as OpenCC's t → cn, without the regional tables the search page has no use for. Loaded by the
 * search page only when a query holds a Traditional character (its own chunk, fetched on demand).
 */
export const toSimplified: (text: string) => string = ConverterFactory([TSPhrases, TSCharacters]);
