import type { DraftModel } from '../../schemas/model.ts';
import { DAY_CODE } from './figure-data.ts';
import type { FoundFormula } from './formulas.ts';
import { CLAUSE_BREAK, shortestQuote, type QuotedPhrase } from './text.ts';

/**
 * Slogans: quoted phrases that are not formulas, names of mechanisms or bare numbers, with a kind read from the
 * words around them (…党建品牌 → brand; …活动, …行动 → campaign; …的要求, …理念 → requirement), and the slogans the
 * collection already knows, found unquoted.
 */

export type DraftSlogan = DraftModel['slogans'][number];
type Kind = DraftSlogan['kind'];

/** What follows a slogan (up to the end of its clause) and what that makes it. */
const BRAND_AFTER = /^[^。，,；;]{0,4}品牌/u;
const CAMPAIGN_AFTER = /^[^。，,；;]{0,20}?(?:活动|行动|工程|专项|竞赛|评选|大赛|攻坚|大会战|试点|宣传|比赛|课堂|讲堂|会战|主题)/u;
const REQUIREMENT_AFTER = /^[^。，,；;]{0,6}?(?:要求|理念|原则|意识|精神|格局|思路|标准|目标|指示|嘱托|思想|方针|导向|作风)/u;
/** Congress and plan numbers (十四五, 二十大) are dates of a kind, not slogans. */
const CONGRESS = /^(?:十[一二三四五六七八九]五|(?:十[一二三四五六七八九]|二十[一二三四五]?)大)$/u;
/** Phrases whose own last word makes them a drive: themed woods, classrooms, actions. */
const CAMPAIGN_ITSELF = /(?:林|行动|活动|工程|课堂|讲堂|大赛|比赛)$/u;
/** Phrases that name a body or an institution (…机制, …协理长): mechanisms, not slogans. */
const INSTITUTION = /(?:机制|制度|体系|模式|工作法|长|员|队|组|团|岗|合约|中心|平台)$/u;

export interface KnownSlogan {
  text: string;
  kind: Kind;
}

function kindOf(tail: string, phrase: string): Kind {
  if (BRAND_AFTER.test(tail)) return 'brand';
  if (CAMPAIGN_AFTER.test(tail) || CAMPAIGN_ITSELF.test(phrase)) return 'campaign';
  if (REQUIREMENT_AFTER.test(tail)) return 'requirement';
  return 'requirement';
}

/** The text after a run of quoted phrases in one clause (破除“中梗阻”铸造“硬作风”激励“闯创干”专项工作): they share it. */
function chainTail(paragraph: string, phrases: readonly QuotedPhrase[], index: number): string {
  let last = phrases[index]!;
  for (let k = index + 1; k < phrases.length; k++) {
    const next = phrases[k]!;
    const between = paragraph.slice(last.end, next.start);
    if (next.paragraph !== last.paragraph || between.length > 4 || CLAUSE_BREAK.test(between)) break;
    last = next;
  }
  return paragraph.slice(last.end);
}

export interface SloganContext {
  paragraphs: readonly string[];
  quoted: readonly QuotedPhrase[];
  formulas: readonly FoundFormula[];
  /** Phrases that are something else: mechanism aliases, glossary terms, formula components. */
  notSlogans: ReadonlySet<string>;
  known: readonly KnownSlogan[];
}

export function proposeSlogans(ctx: SloganContext): DraftSlogan[] {
  const slogans: DraftSlogan[] = [];
  const seen = new Set<string>();
  const codes = new Set(ctx.formulas.map((f) => f.code));
  ctx.quoted.forEach((q, i) => {
    const text = q.text.trim();
    if (seen.has(text) || text.length < 2 || codes.has(text) || ctx.notSlogans.has(text)) return;
    if (DAY_CODE.test(text) || CONGRESS.test(text) || /^[0-9.%·+\s]+$/u.test(text) || INSTITUTION.test(text)) return;
    // A list of single characters (公、检、法) abbreviates bodies, not a slogan.
    if (/^(?:\p{Script=Han}[、,，])+\p{Script=Han}$/u.test(text)) return;
    const paragraph = ctx.paragraphs[q.paragraph - 1] ?? '';
    const tail = chainTail(paragraph, ctx.quoted, i);
    if (/^(?:机制|制度|工作机制)/u.test(tail)) return;
    seen.add(text);
    const known = ctx.known.find((k) => k.text === text);
    slogans.push({
      text,
      kind: BRAND_AFTER.test(tail) ? 'brand' : (known?.kind ?? kindOf(tail, text)),
      en: '',
      quote: shortestQuote(paragraph, q.start, q.end),
      paragraph: q.paragraph,
      review: 'proposed',
    });
  });
  // Slogans the collection knows, written here without quotation marks (绿水青山就是金山银山).
  for (const known of ctx.known) {
    if (seen.has(known.text) || known.text.length < 6) continue;
    const p = ctx.paragraphs.findIndex((text) => text.includes(known.text));
    if (p < 0) continue;
    const paragraph = ctx.paragraphs[p]!;
    const at = paragraph.indexOf(known.text);
    seen.add(known.text);
    slogans.push({ text: known.text, kind: known.kind, en: '', quote: shortestQuote(paragraph, at, at + known.text.length), paragraph: p + 1, review: 'proposed' });
  }
  return slogans.sort((a, b) => a.paragraph - b.paragraph);
}
