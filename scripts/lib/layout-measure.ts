import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Measuring pages as a reader meets them, in Chromium: printed handouts read back as text, elements that run
 * past a phone's screen, and pointer targets against WCAG 2.5.8. The e2e tests assert on these figures and
 * scripts/layout-report.ts prints them for every page type.
 */

// ---------------------------------------------------------------------------------------------- print

/** A page printed as the site's handout: A4 as print.css sets it (preferCSSPageSize), no browser header. */
export function printHandout(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
}

/** Runs one of poppler's tools (pdftotext, pdfinfo) on a PDF held in memory. */
function poppler(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
  try {
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: apt-get install poppler-utils (.ci/run installs it)`);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of each page of a PDF, read back by poppler's pdftotext in the order it was drawn (-raw): each margin
 * box and each table cell in one piece (-layout sets neighbours line by line side by side, and the default mode
 * reorders them and joins words hyphenated at a line end, https://party- + ecology… into partyecology…).
 */
export function pdfPages(pdf: Buffer): string[] {
  // pdftotext ends every page with a form feed, the last one too.
  return poppler('pdftotext', ['-raw', '-enc', 'UTF-8'], pdf).split('\f').slice(0, -1);
}

/** The page size pdfinfo reports (`594.96 x 841.92 pts (A4)`). */
export function pdfPageSize(pdf: Buffer): string {
  return /Page size:\s+(.+)/.exec(poppler('pdfinfo', [], pdf))?.[1]?.trim() ?? '';
}

/**
 * How far down each page its text reaches, as a share of the page's height, leaving out the bottom margin
 * (`marginPt`, where the margin boxes are): a page whose content stops after a heading scores low. From the
 * word boxes of pdftotext -bbox.
 */
export function pdfTextDepth(pdf: Buffer, marginPt: number): number[] {
  const html = poppler('pdftotext', ['-bbox'], pdf);
  return html.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const bottoms = [...page.matchAll(/<word [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < height - marginPt);
    return height > 0 ? Math.max(0, ...bottoms) / height : 0;
  });
}

/** The URLs printed on a page of text (a URL broken across lines counts once, by its start). */
export function urlsIn(text: string): string[] {
  return text.match(/https?:\/\/\S+/g) ?? [];
}

/**
 * A page's text with the line breaks and the spaces pdftotext puts between columns taken out, so that a URL or
 * a reference that the margin box wrapped onto two lines reads as one string again.
 */
export function joinedText(text: string): string {
  return text.replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------- width

export interface Overflow {
  /** A CSS path that names the element (tag, id or first class, nth-of-type where needed). */
  selector: string;
  left: number;
  right: number;
  width: number;
}

/**
 * Every visible element that reaches past the left or right edge of the viewport, unless a scrolling frame
 * holds it (an ancestor with overflow-x other than visible, itself within the screen): such an element is
 * reached by scrolling its frame, not cut off. Visually hidden elements (clipped to nothing) do not count.
 * Also, for the report, the element (or frame) reaching furthest right and the widest element inside a frame.
 */
export function overflowingElements(page: Page): Promise<{ viewport: number; scrollWidth: number; widest: Overflow | null; widestContent: Overflow | null; outside: Overflow[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
        if (node.id) {
          parts.unshift(`#${node.id}`);
          break;
        }
        const cls = [...node.classList][0];
        const same = node.parentElement ? [...node.parentElement.children].filter((c) => c.tagName === node!.tagName) : [];
        const nth = same.length > 1 ? `:nth-of-type(${same.indexOf(node) + 1})` : '';
        parts.unshift(`${node.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${nth}`);
      }
      return parts.join(' > ');
    };
    // Not drawn: display none, in a closed <details> (content-visibility), hidden, or clipped away (visually hidden).
    const clipped = (el: Element) => {
      if (!el.checkVisibility({ visibilityProperty: true })) return true;
      for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).clipPath !== 'none') return true;
      return false;
    };
    /** The nearest ancestor that scrolls or clips sideways. */
    const frameOf = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.documentElement && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return node;
      }
      return null;
    };
    const outside: Array<{ selector: string; left: number; right: number; width: number }> = [];
    let widest: (typeof outside)[number] | null = null;
    let widestContent: (typeof outside)[number] | null = null;
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || (el.closest('svg') && el.tagName !== 'svg') || clipped(el)) continue;
      if (!widestContent || rect.width > widestContent.width) widestContent = { selector: describe(el), left: Math.round(rect.left), right: Math.round(rect.right), width: Math.round(rect.width) };
      const frame = frameOf(el);
      const box = frame ? frame.getBoundingClientRect() : rect;
      const entry = { selector: describe(frame ?? el), left: Math.round(box.left), right: Math.round(box.right), width: Math.round(box.width) };
      if (!widest || entry.right > widest.right) widest = entry;
      if ((box.right > viewport + 0.5 || box.left < -0.5) && !outside.some((o) => o.selector === entry.selector)) outside.push(entry);
    }
    return { viewport, scrollWidth: document.documentElement.scrollWidth, widest, widestContent, outside };
  });
}

// ---------------------------------------------------------------------------------------------- targets

export interface SmallTarget {
  selector: string;
  text: string;
  width: number;
  height: number;
  /** The text of the target it crowds. */
  near: string;
}

/**
 * Pointer targets smaller than 24 × 24 CSS px that no exception of WCAG 2.5.8 (Target Size, Minimum) covers:
 * every visible link, button, input, select, textarea and summary. A checkbox or radio counts with its label
 * (a click on the label works it). Exceptions applied: *spacing* (a 24 px circle centred on the target touches no
 * other target and no other small target's circle) and *inline* (a link inside a line of text that is not
 * all links: its size is set by the line). Returns the ones that fail, and how many targets were measured.
 */
export function smallTargets(page: Page): Promise<{ measured: number; failing: SmallTarget[] }> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || !el.checkVisibility({ visibilityProperty: true })) return false;
      for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).clipPath !== 'none') return false;
      return true;
    };
    const boxOf = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const label = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) ? el.closest('label') ?? el.labels?.[0] : null;
      if (!label) return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      const l = label.getBoundingClientRect();
      return { left: Math.min(rect.left, l.left), top: Math.min(rect.top, l.top), right: Math.max(rect.right, l.right), bottom: Math.max(rect.bottom, l.bottom) };
    };
    /** A link that sits in a run of text with words of its own (a sentence, a quote ending in its ¶ link). */
    const inline = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block: Element | null = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const clone = block.cloneNode(true) as Element;
      for (const target of clone.querySelectorAll(selector)) target.remove();
      return /[\p{L}\p{N}]/u.test(clone.textContent ?? '');
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible).map((el) => ({ el, box: boxOf(el) }));
    const small = (t: (typeof targets)[number]) => t.box.right - t.box.left < 23.99 || t.box.bottom - t.box.top < 23.99;
    const centre = (b: (typeof targets)[number]['box']) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
    const circleHitsRect = (c: { x: number; y: number }, b: (typeof targets)[number]['box']) => {
      const dx = Math.max(b.left - c.x, 0, c.x - b.right);
      const dy = Math.max(b.top - c.y, 0, c.y - b.bottom);
      return Math.hypot(dx, dy) < 12;
    };
    const undersized = targets.filter(small);
    /** The first other target that a small target's 24 px circle touches, or whose own circle overlaps its. */
    const crowding = (t: (typeof targets)[number]) => {
      const c = centre(t.box);
      return targets.find((o) => o.el !== t.el && !o.el.contains(t.el) && !t.el.contains(o.el) && (circleHitsRect(c, o.box) || (small(o) && Math.hypot(c.x - centre(o.box).x, c.y - centre(o.box).y) < 24)));
    };
    const failing = undersized
      .filter((t) => !inline(t.el))
      .map((t) => ({ t, near: crowding(t) }))
      .filter(({ near }) => near !== undefined)
      .map(({ t, near }) => ({
        selector: `${t.el.tagName.toLowerCase()}${t.el.id ? `#${t.el.id}` : ''}${t.el.className && typeof t.el.className === 'string' ? `.${t.el.className.split(' ')[0]}` : ''}`,
        text: (t.el.textContent ?? '').trim().slice(0, 30),
        width: Math.round(t.box.right - t.box.left),
        height: Math.round(t.box.bottom - t.box.top),
        near: (near?.el.textContent ?? '').trim().slice(0, 30),
      }));
    return { measured: targets.length, failing };
  });
}

// ---------------------------------------------------------------------------------------------- type

/**
 * The second line of the longest visible paragraph matching `selector` (the first full one: the first may start
 * after a ¶ mark), as the browser broke it, found from each character's box: its characters, and its width in
 * ems of the paragraph's font size — the measure in Chinese characters, each one em, with Latin letters and
 * half-width marks counting as what they take.
 */
export function lineMeasure(page: Page, selector: string): Promise<{ characters: number; ems: number; fontSize: number; text: string } | null> {
  return page.evaluate((selector) => {
    const paragraphs = [...document.querySelectorAll(selector)].filter((p) => p.checkVisibility());
    const paragraph = paragraphs.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    if (!paragraph) return null;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const lines: Array<{ text: string; top: number; left: number; right: number }> = [];
    const range = document.createRange();
    for (let node = walker.nextNode(); node && lines.length < 3; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length && lines.length < 3; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        const line = lines[lines.length - 1];
        if (!line || rect.top > line.top + rect.height / 2) lines.push({ text: text[i] ?? '', top: rect.top, left: rect.left, right: rect.right });
        else Object.assign(line, { text: line.text + (text[i] ?? ''), right: Math.max(line.right, rect.right) });
      }
    }
    const line = lines.length > 2 ? lines[1] : lines[0];
    if (!line) return null;
    const fontSize = parseFloat(getComputedStyle(paragraph).fontSize);
    return { characters: [...line.text.trim()].length, ems: Math.round(((line.right - line.left) / fontSize) * 10) / 10, fontSize, text: line.text.trim() };
  }, selector);
}
