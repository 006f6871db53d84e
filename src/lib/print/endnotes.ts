import { decodeHTML } from 'entities';

/**
 * Link targets as numbered endnotes for the printed handout. On paper a link is only its text, so a handout
 * needs the targets a reader may want to type in — but printing the URL after every link filled a compare
 * handout with 76 of them, one per table cell. So only two kinds of link become notes: links that leave the
 * site (an absolute http(s) URL elsewhere), and on-site links a page marks `data-print-note` (the compared
 * models' own pages). Every other on-site link is left as its text: each printed page carries the handout's
 * own permalink in its margin, and evidence reads as ¶N of the model named beside it.
 *
 * Works on the page's rendered HTML (Astro writes every attribute in double quotes): each noted link gets
 * `data-endnote="N"`, which print.css shows after it; the same URL keeps its number; a link whose text already
 * is its URL needs no note. A note carries its link's `data-model-column`, so that a comparison narrowed to
 * some models (?m=) hides the notes of the others with their columns.
 */

export interface Endnote {
  n: number;
  url: string;
  /** The text of the first link to it. */
  text: string;
  /** The compared model's column the link sits in, if any. */
  modelColumn: string | undefined;
}

/** `<a` with its attributes (values in double quotes may hold `>`), its content, `</a>`; links do not nest. */
const LINK = /<a((?:\s+[^\s=>"']+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/a>/g;
const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?(?=\\s|$)`).exec(attributes);

/**
 * Numbers the noted links of `html`. `site` is the site's root URL with its base path
 * (https://host/atlas/): absolute links under it are on-site, root-relative ones are made absolute with it.
 */
export function withEndnotes(html: string, site: string): { html: string; notes: Endnote[] } {
  const root = new URL(site);
  const notes: Endnote[] = [];
  const numbers = new Map<string, number>();
  const out = html.replace(LINK, (link, attributes: string, content: string) => {
    const href = attribute(attributes, 'href')?.[1];
    if (!href || attribute(attributes, 'data-endnote')) return link;
    const raw = decodeHTML(href);
    const absolute = /^https?:\/\//i.test(raw);
    const onSite = !absolute || raw.startsWith(root.href);
    if (onSite && !attribute(attributes, 'data-print-note')) return link;
    // A fragment, a relative path or another scheme: nothing a reader could type in.
    if (!absolute && !raw.startsWith('/')) return link;
    const url = new URL(raw, root.origin).href;
    const text = decodeHTML(content.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text === url || text === raw) return link;
    let n = numbers.get(url);
    if (n === undefined) {
      n = notes.length + 1;
      numbers.set(url, n);
      notes.push({ n, url, text, modelColumn: attribute(attributes, 'data-model-column')?.[1] });
    }
    return `<a${attributes} data-endnote="${n}">${content}</a>`;
  });
  return { html: out, notes };
}
