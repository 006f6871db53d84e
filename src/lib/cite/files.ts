import { toBibtex, toRis, type CslItem } from './index.ts';
import { UNCONFIGURED_ORIGIN, type FileKind } from './live.ts';

/** Media types of the citation files, as reference managers and browsers expect them. */
export const FILE_TYPES: Record<FileKind, string> = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/**
 * A citation file of several items (a page and its original source), as served beside the page at a stable
 * URL. A file has no script to put in the reader's address: on a build without SITE_URL its items carry no URL
 * and say why (`unconfiguredNote`), rather than a stand-in host.
 */
export function citationFile(items: readonly CslItem[], kind: FileKind, unconfiguredNote: string): string {
  const honest = items.map((item) => {
    if (!item.URL?.startsWith(UNCONFIGURED_ORIGIN)) return item;
    const { URL: _url, ...rest } = item;
    return { ...rest, note: unconfiguredNote };
  });
  if (kind === 'json') return `${JSON.stringify(honest, null, 2)}\n`;
  const write = kind === 'ris' ? toRis : toBibtex;
  return `${honest.map(write).join('\n\n')}\n`;
}
