// citation-js ships no type declarations; these cover the calls src/lib/cite uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The items read, as CSL-JSON. */
    data: Array<Record<string, unknown>>;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format: 'text' | 'object' }): string;
  }
  interface StyleRegistry {
    add(name: string, xml: string): void;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: StyleRegistry; locales: StyleRegistry };
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
