import type { Page } from 'playwright-core';

/**
 * What a reader of one edition meets on a built page, measured in the browser (the Chromium tests and
 * scripts/measure-reading.ts share these): prose in the other language, and how it is marked with `lang`.
 *
 * "Prose" is a run of three or more Latin words (English) or any Han character (Chinese). Code, URLs, and
 * elements that are not text a reader reads (scripts, styles, SVG drawn for sighted readers) are left aside.
 */

export interface ProseRun {
  /** The run of text. */
  text: string;
  /** The `lang` in effect where it stands (the nearest ancestor's). */
  lang: string;
  /** A short path to the element holding it, for a failure message. */
  where: string;
}

export interface ProseReport {
  /** English prose (3+ Latin words) on a Chinese page outside elements marked lang="en…". */
  englishOutsideEn: ProseRun[];
  /** Chinese (Han characters) on an English page outside elements marked lang="zh…". */
  chineseOutsideZh: ProseRun[];
  /** Latin letters in the main column before the summary heading (what a reader meets before it), any lang. */
  latinBeforeSummary: number;
  /** Characters (all of them) of the text nodes before the summary heading that hold English prose, any lang. */
  englishBeforeSummary: number;
}

/** Runs in the page: walks the text of <main> and reports prose by the `lang` in effect. */
function measureInPage(): ProseReport {
  const SKIP = 'script, style, code, pre, kbd, samp, svg, template, [hidden], [aria-hidden="true"]';
  const ENGLISH = /[A-Za-z][A-Za-z'’-]*(?:[\s,.;:()“”"]+[A-Za-z][A-Za-z'’-]*){2,}/g;
  const URL = /\b(?:https?:\/\/|www\.)\S+/g;
  const HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
  const main = document.querySelector('main') ?? document.body;
  const summary = document.getElementById('summary');
  const report: ProseReport = { englishOutsideEn: [], chineseOutsideZh: [], latinBeforeSummary: 0, englishBeforeSummary: 0 };
  const pathOf = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== main && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : e.classList[0] ? `.${e.classList[0]}` : ''));
    }
    return parts.join(' > ');
  };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    const text = (node.textContent ?? '').replace(URL, ' ');
    const lang = (parent.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
    const before = summary !== null && (summary.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    if (before) {
      report.latinBeforeSummary += (text.match(/[A-Za-z]/g) ?? []).length;
      if (text.search(ENGLISH) >= 0) report.englishBeforeSummary += text.trim().length;
    }
    if (!lang.startsWith('en')) {
      for (const m of text.matchAll(ENGLISH)) report.englishOutsideEn.push({ text: m[0], lang, where: pathOf(parent) });
    }
    if (!lang.startsWith('zh')) {
      for (const m of text.matchAll(HAN)) report.chineseOutsideZh.push({ text: m[0], lang, where: pathOf(parent) });
    }
  }
  return report;
}

/** The prose report of the page as it is now. */
export function measureProse(page: Page): Promise<ProseReport> {
  return page.evaluate(measureInPage);
}

/**
 * Passages (blockquotes) shown more than once inside one section of the page (`within` narrows where to look),
 * with how many times each is shown.
 */
export function repeatedPassages(page: Page, within = 'main'): Promise<Array<{ text: string; times: number }>> {
  return page.evaluate((root) => {
    const counts = new Map<string, number>();
    for (const q of document.querySelectorAll(`${root} blockquote`)) {
      // The ¶ link is part of the block; the passage is what it quotes.
      const text = [...q.querySelectorAll('p')].map((p) => [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join(' ').trim();
      const scope = q.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '';
      const key = `${scope}\u0000${text}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].filter(([, n]) => n > 1).map(([key, times]) => ({ text: key.split('\u0000')[1] ?? '', times }));
  }, within);
}
