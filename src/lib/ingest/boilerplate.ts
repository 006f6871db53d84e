import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Change } from './report.ts';

/** A boilerplate rule from boilerplate.yaml, compiled. */
export interface BoilerplateRule {
  id: string;
  description: string;
  where: 'leading' | 'trailing';
  pattern: RegExp;
}

interface RawRule {
  id?: unknown;
  description?: unknown;
  where?: unknown;
  pattern?: unknown;
}

/** Parses and checks the rules file; a malformed rule names itself. */
export function parseBoilerplateRules(yamlText: string, origin = 'boilerplate.yaml'): BoilerplateRule[] {
  const raw = load(yamlText) as RawRule[];
  if (!Array.isArray(raw)) throw new Error(`${origin}: expected a list of rules`);
  return raw.map((rule, index) => {
    const { id, description, where, pattern } = rule;
    if (typeof id !== 'string' || typeof description !== 'string' || typeof pattern !== 'string') {
      throw new Error(`${origin}: rule ${index + 1} needs string id, description and pattern`);
    }
    if (where !== 'leading' && where !== 'trailing') {
      throw new Error(`${origin}: rule ${id}: where must be leading or trailing`);
    }
    return { id, description, where, pattern: new RegExp(`^(?:${pattern})$`, 'u') };
  });
}

/** The project's rules, read from the data file beside this module. */
export function loadBoilerplateRules(): BoilerplateRule[] {
  const url = new URL('./boilerplate.yaml', import.meta.url);
  return parseBoilerplateRules(readFileSync(url, 'utf8'), 'src/lib/ingest/boilerplate.yaml');
}

/** Source metadata found in leading 来源/日期/作者 lines. */
export interface SourceMeta {
  publisher: string | null;
  published: string | null;
  author: string | null;
}

const META_KEY = /(来源|出处|发布时间|发布日期|日期|时间|作者|责任编辑|编辑|浏览量|浏览次数|阅读量|点击数)[:：]\s*/g;
const META_FIELD: Record<string, keyof SourceMeta | 'views'> = {
  来源: 'publisher', 出处: 'publisher', 发布时间: 'published', 发布日期: 'published', 日期: 'published',
  时间: 'published', 作者: 'author', 责任编辑: 'author', 编辑: 'author',
  浏览量: 'views', 浏览次数: 'views', 阅读量: 'views', 点击数: 'views',
};

/** Reads a line made only of `key:value` metadata fields, or returns null if it is not one. */
export function parseMetadataLine(line: string): (SourceMeta & { views: string | null }) | null {
  const trimmed = line.trim();
  const keys = [...trimmed.matchAll(META_KEY)];
  if (keys.length === 0 || keys[0]?.index !== 0) return null;
  const meta = { publisher: null, published: null, author: null, views: null } as SourceMeta & { views: string | null };
  keys.forEach((key, i) => {
    const start = (key.index ?? 0) + key[0].length;
    const end = keys[i + 1]?.index ?? trimmed.length;
    const value = trimmed.slice(start, end).trim();
    const field = META_FIELD[key[1] ?? ''];
    if (field && value && meta[field] === null) meta[field] = value;
  });
  return meta;
}

const TERMINAL_PUNCTUATION = /[。；！？!?;:：]$/;
const MAX_TITLE_LENGTH = 80;

export interface FramedText {
  /** Lines of the article itself. */
  lines: string[];
  /** The headline, when the page header showed one. */
  title: string | null;
  meta: SourceMeta;
}

/**
 * Separates the article from the page around it. The leading zone holds site chrome, the headline
 * (possibly repeated) and 来源/日期 lines; the trailing zone holds footers and prompts. Only whole lines
 * matching a rule in their zone are removed, so the same words inside the article are never touched.
 */
export function separateFrame(text: string, rules: readonly BoilerplateRule[], changes: Change[]): FramedText {
  const lines = text.split('\n');
  const meta: SourceMeta = { publisher: null, published: null, author: null };
  const matchRule = (line: string, where: BoilerplateRule['where']) =>
    rules.find((rule) => rule.where === where && rule.pattern.test(line.trim()));

  // Trailing zone first, from the bottom up, so the leading pass sees where the article ends.
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] ?? '';
    if (line.trim() === '') { end--; continue; }
    const rule = matchRule(line, 'trailing');
    if (!rule) break;
    changes.push({ rule: rule.id, text: line.trim() });
    end--;
  }

  let start = 0;
  let titleCandidate: { index: number; text: string } | null = null;
  let headerConfirmed = false;
  const seen = new Set<string>();
  while (start < end) {
    const line = (lines[start] ?? '').trim();
    if (line === '') { start++; continue; }
    const rule = matchRule(line, 'leading');
    const metadata = rule ? null : parseMetadataLine(line);
    if (rule) {
      changes.push({ rule: rule.id, text: line });
      headerConfirmed = true;
    } else if (metadata) {
      changes.push({ rule: 'metadata-line', text: line });
      if (metadata.views !== null || /浏览量|阅读量|浏览次数|点击数/.test(line)) {
        changes.push({ rule: 'view-counter', text: line.match(/(浏览量|浏览次数|阅读量|点击数)[:：]\s*\S*/)?.[0] ?? line });
      }
      meta.publisher ??= metadata.publisher;
      meta.published ??= metadata.published;
      meta.author ??= metadata.author;
      headerConfirmed = true;
    } else if (seen.has(line)) {
      changes.push({ rule: 'duplicate-headline', text: line });
      headerConfirmed = true;
    } else if (titleCandidate === null && line.length <= MAX_TITLE_LENGTH && !TERMINAL_PUNCTUATION.test(line)) {
      titleCandidate = { index: start, text: line };
    } else {
      break;
    }
    seen.add(line);
    start++;
  }

  // A short first line is the headline only when page chrome around it confirms we are in the header;
  // otherwise it is the article's own first paragraph (a heading, perhaps) and stays in the body.
  let title: string | null = null;
  if (titleCandidate && headerConfirmed) {
    title = titleCandidate.text;
    changes.push({ rule: 'headline-to-title', text: title });
  } else if (titleCandidate) {
    start = titleCandidate.index;
  }
  return { lines: lines.slice(start, end), title, meta };
}
