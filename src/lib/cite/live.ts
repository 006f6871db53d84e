/**
 * What in a citation belongs to the reader, not to the build: the access date (引用日期), which is the day the
 * reader cites the page, and, on a copy built without SITE_URL, the site's address. The build formats every
 * reference with its own date and a stand-in origin; this module marks those parts so that the page can show
 * them honestly without JavaScript and fill in the reader's own with it (src/scripts/cite-live.ts).
 * The browser loads this file: it imports nothing but the small pure text helpers, and citation-js stays out.
 */
import { langRuns } from '../text/lang-runs.ts';

/**
 * The origin citations carry when the build was given no SITE_URL (as in `npm start`). A reserved name
 * (RFC 2606) that never resolves; it is never shown: the page replaces it with the address it is read from,
 * or, without JavaScript, with words saying that the site's address is not configured.
 */
export const UNCONFIGURED_ORIGIN = 'https://site-address-not-configured.invalid';

/** How the styles write an access date: ISO (GB/T 7714: 2026-12-02) or in words (APA: December 2, 2026). */
export type DateStyle = 'iso' | 'en-long';
const DATE_STYLES: readonly DateStyle[] = ['iso', 'en-long'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO day (2026-12-02) as a style writes it. */
export function writeDate(iso: string, style: DateStyle): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return style === 'iso' ? iso : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The reader's own day, in their time zone, as ISO. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A piece of a reference: text as printed, the access date, or the site's origin. */
export type Segment = string | { accessed: string; style: DateStyle } | { origin: true };

/**
 * A formatted reference cut into segments around its access date (given as ISO) and the stand-in origin.
 * The date is marked only where exactly one of the known ways of writing it occurs (a title that happened to
 * hold the same date leaves it unmarked, and the build date shown, rather than guessing which is which).
 */
export function segments(text: string, accessed: string | null): Segment[] {
  let parts: Segment[] = [text];
  const style = accessed ? DATE_STYLES.find((s) => text.split(writeDate(accessed, s)).length === 2) : undefined;
  if (accessed && style) parts = parts.flatMap((part) => splitOn(part, writeDate(accessed, style), { accessed, style }));
  return parts.flatMap((part) => splitOn(part, UNCONFIGURED_ORIGIN, { origin: true }));
}

function splitOn(part: Segment, needle: string, mark: Segment): Segment[] {
  if (typeof part !== 'string' || !part.includes(needle)) return [part];
  return part.split(needle).flatMap((piece, i) => (i === 0 ? [piece] : [mark, piece])).filter((p) => p !== '');
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A reference's inner markup with its access date and stand-in origin marked (<time data-accessed>, <span
 * data-site-origin>), for src/scripts/cite-live.ts to fill in. `noSiteAddress` is what the origin reads as without
 * JavaScript. `mixed`: the reference is English that quotes Chinese (APA on the English page), whose Chinese runs
 * are marked lang="zh-CN" (src/lib/text/lang-runs.ts). One writer for the build (Reference.astro, chart captions)
 * and the browser (a compare selection).
 */
export function referenceHtml(text: string, accessed: string | null, noSiteAddress: string, mixed = false): string {
  const plain = (part: string) =>
    mixed ? langRuns(part).map((run) => (run.zh ? `<span lang="zh-CN">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('') : escapeHtml(part);
  return segments(text, accessed)
    .map((part) =>
      typeof part === 'string'
        ? plain(part)
        : 'accessed' in part
          ? `<time datetime="${part.accessed}" data-accessed="${part.style}">${writeDate(part.accessed, part.style)}</time>`
          : `<span data-site-origin>${escapeHtml(noSiteAddress)}</span>`,
    )
    .join('');
}

/** A reference as plain text with the reader's side put in: `today` as its access date, `origin` for the stand-in. */
export function liveText(text: string, accessed: string | null, today: string, origin: string): string {
  return segments(text, accessed)
    .map((part) => (typeof part === 'string' ? part : 'accessed' in part ? writeDate(today, part.style) : origin))
    .join('');
}

/** A reference as plain text for a file or a print margin read without JavaScript: no stand-in host in it. */
export function withoutStandIn(text: string, noSiteAddress: string): string {
  return text.replaceAll(UNCONFIGURED_ORIGIN, noSiteAddress);
}

/** The download formats a citation box offers. */
export type FileKind = 'ris' | 'bib' | 'json';

/**
 * A citation file made at build time, with the reader's access date and origin put in: what the download
 * links hand over when JavaScript runs. Each format writes the date its own way (RIS 2026/12/2/, BibTeX
 * 2026-12-02, CSL-JSON date-parts); tests/unit/cite-live.test.ts checks the result against citation-js
 * writing the file with the new date.
 */
export function refreshFile(text: string, kind: FileKind, built: string, today: string, origin: string): string {
  const withOrigin = text.replaceAll(UNCONFIGURED_ORIGIN, origin);
  if (kind === 'json') {
    const items = JSON.parse(withOrigin) as Array<{ accessed?: { 'date-parts': number[][] } }>;
    const parts = today.split('-').map(Number);
    for (const item of items) if (item.accessed) item.accessed = { 'date-parts': [parts] };
    return JSON.stringify(items, null, 2);
  }
  if (kind === 'bib') return withOrigin.replaceAll(built, today);
  const ris = (iso: string) => `${iso.split('-').map(Number).join('/')}/`;
  return withOrigin.replaceAll(ris(built), ris(today));
}
