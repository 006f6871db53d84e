import type { DraftModel } from '../../schemas/model.ts';
import { placesByShortName, placesNamed, type DivisionLevel } from '../regions/index.ts';
import { BODIES, FOREST_ENTERPRISE_CONTEXT, NOT_IN_PLACE_NAME, PARTY_SUFFIX, PLACEHOLDER, SECTOR_CUES, SECTOR_MARGIN, type BodyKind } from './org-data.ts';
import { CLAUSE_BREAK } from './text.ts';

/**
 * The organisation that runs a model, found by its name (a place, then a body such as 林业局 or 镇党委), and what
 * the name tells: the level from the place (GB/T 2260 says whether a 市 is a prefecture or a county-level city),
 * the sector from the body.
 */

type Level = NonNullable<DraftModel['level']>;
type Sector = NonNullable<DraftModel['sector']>;

export interface FoundOrg {
  /** The name as written (临湘市林业局, 省生态环境厅机关党委, 街道党工委). */
  zh: string;
  /** The place written before the body, when it is a named division (临湘市), else null. */
  place: string | null;
  /** Divisions the place may be (one unless the name is ambiguous). */
  places: ReturnType<typeof placesNamed>;
  /** A level word standing for the place (省 in 省生态环境厅, 街道 in 街道党工委, 县 in 某县林业局), else null. */
  levelWord: string | null;
  level: Level | null;
  /** Sector the body's name states, or null. */
  sector: Sector | null;
  /** Paragraph it was found in; 0 for the title. */
  paragraph: number;
}

const BODY_PATTERN = new RegExp(`(${BODIES.map((b) => b.pattern).join('|')})${PARTY_SUFFIX}`, 'gu');
const LEVEL_WORDS: Record<string, Level> = { 省: 'province', 市: 'prefecture', 州: 'prefecture', 县: 'county', 区: 'county', 旗: 'county', 镇: 'town', 乡: 'town', 街道: 'street' };
const DIVISION_LEVEL: Record<DivisionLevel, Level> = { province: 'province', prefecture: 'prefecture', county: 'county', town: 'town' };
/** A clause may open with a time phrase before its subject: 近年来,临湘市林业局坚持… */
const TIME_OPENER = '近年来|今年以来|今年|近期|近日|日前|去年以来|多年来|一直以来|[0-9]{4}年(?:以来)?|[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?';
const BEFORE_SUBJECT = new RegExp(`^(?:${TIME_OPENER})?$`, 'u');

/** Two to four characters and a level word opening a clause (after a time phrase at most): a place by its position. */
// Every province is listed, so only lower levels can be unlisted; a name never opens with a preposition (根据省林业厅).
const UNLISTED_PLACE = new RegExp(
  `(?:^|[，,。；;：:（(“])(?:${TIME_OPENER})?[，,]?((?!根据|按照|依据|遵照|结合|围绕|经过|通过|对于|关于|[在由对为把将向与和从被给经])\\p{Script=Han}{2,4}(?:街道|市|县|区|旗|镇|乡))$`,
  'u',
);

function bodyKind(body: string): BodyKind {
  return BODIES.find((kind) => new RegExp(`^(?:${kind.pattern})`, 'u').test(body)) ?? BODIES.at(-1)!;
}

/** The named place (or placeholder, or bare level word) ending at `end`, longest first. */
function placeBefore(text: string, end: number): { text: string; named: boolean } | null {
  for (let length = Math.min(12, end); length >= 2; length--) {
    const candidate = text.slice(end - length, end);
    if (placesNamed(candidate).length > 0 || placesByShortName(candidate).length > 0) return { text: candidate, named: true };
  }
  const placeholder = new RegExp(`${PLACEHOLDER}(?:街道|省|市|县|区|镇|乡)$`, 'u').exec(text.slice(Math.max(0, end - 6), end));
  if (placeholder) return { text: placeholder[0], named: false };
  const bare = /(?:街道|省|市|州|县|区|旗|镇|乡)$/u.exec(text.slice(Math.max(0, end - 2), end));
  // 全省, 本市, 各县 … are not names.
  if (!bare || /[全本各我该外]$/u.test(text.slice(0, end - bare[0].length))) return null;
  // A name GB/T 2260 does not hold (a renamed or merged county, a typo) is still the name written, when it opens
  // its clause: 今年以来，云溪县林业局… keeps 云溪县, not 县.
  const unlisted = UNLISTED_PLACE.exec(text.slice(0, end));
  const name = unlisted?.[1];
  return name && !NOT_IN_PLACE_NAME.test(name.slice(0, -bare[0].length)) ? { text: name, named: false } : { text: bare[0], named: false };
}

interface Candidate extends FoundOrg {
  subject: boolean;
  index: number;
  kind: BodyKind;
  /** The body's own word as written (林草局, 办事处), without place or Party committee. */
  body: string;
  /** The Party committee its name ends with (党组, 机关党委), or ''. */
  suffix: string;
  /** The paragraph is the name and nothing else: a masthead or a signature, not a sentence about the body. */
  standalone: boolean;
}

const SUFFIX_AT_END = new RegExp(`${PARTY_SUFFIX}$`, 'u');

/** `enterprise`: the text is about a state forest enterprise (FOREST_ENTERPRISE_CONTEXT). */
function candidatesIn(text: string, paragraph: number, enterprise = false): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(BODY_PATTERN)) {
    const start = match.index ?? 0;
    const kind = bodyKind(match[0]);
    let place = placeBefore(text, start);
    let nameStart = start - (place?.text.length ?? 0);
    // A province or prefecture may be written before the place: 湖南省临湘市林业局.
    const outer = place?.named ? placeBefore(text, nameStart) : null;
    if (outer?.named) {
      place = { text: outer.text + (place?.text ?? ''), named: true };
      nameStart -= outer.text.length;
    }
    if (kind.needsPlace && !place) continue;
    // A state forest farm or enterprise goes by its own name (塞罕坝机械林场), not a division's.
    if (kind.level === 'forest-enterprise' && !place) {
      const own = /[\p{Script=Han}]{2,8}$/u.exec(text.slice(Math.max(0, start - 8), start))?.[0] ?? '';
      const named = own.replace(/^.*?(?:的|在|由|和|与|及|对|将|把|为|是)/u, '');
      if (named.length >= 2) {
        place = { text: named, named: false };
        nameStart = start - named.length;
      }
    }
    const innermost = place?.named ? innermostPlace(place.text) : null;
    const places = innermost ? [...placesNamed(innermost), ...placesByShortName(innermost)] : [];
    const levelWord = place && !place.named && kind.level !== 'forest-enterprise' ? (/街道$/u.test(place.text) ? '街道' : place.text.slice(-1)) : null;
    if (!place && !kind.level) continue;
    const divisionLevel = places.length > 0 && places.every((p) => p.level === places[0]?.level) ? places[0]?.level : undefined;
    // A 森工 group's bureau goes by its town's short name (根河林业局); a county's own bureau by the county's full name.
    const enterpriseBureau = enterprise && kind.sector === 'forestry' && place?.named === true && placesNamed(place.text).length === 0;
    const level: Level | null =
      kind.level === 'forest-enterprise' || enterpriseBureau
        ? 'forest-enterprise'
        : divisionLevel
          ? divisionLevel === 'town' && /街道$/u.test(innermost ?? '') ? 'street' : DIVISION_LEVEL[divisionLevel]
          : levelWord
            ? (LEVEL_WORDS[levelWord] ?? null)
            : (kind.level ?? null);
    const before = text.slice(0, nameStart);
    const clause = before.split(CLAUSE_BREAK).at(-1) ?? '';
    const zh = text.slice(nameStart, start + match[0].length);
    found.push({
      zh,
      place: innermost,
      places,
      levelWord,
      level,
      sector: kind.sector,
      paragraph,
      subject: BEFORE_SUBJECT.test(clause.trim()),
      index: nameStart,
      kind,
      suffix: SUFFIX_AT_END.exec(match[0])?.[0] ?? '',
      body: match[1] ?? '',
      standalone: text.trim() === zh,
    });
  }
  return found;
}

/** The most specific division named at the end of a run of place names (湖南省临湘市 → 临湘市). */
function innermostPlace(run: string): string {
  for (let start = 0; start < run.length - 1; start++) {
    const tail = run.slice(start);
    if (placesNamed(tail).length > 0 || placesByShortName(tail).length > 0) return tail;
  }
  return run;
}

/**
 * Whether two names may be the same body: the same kind (林草局 is 林业和草原局; 党委 and 办事处 are not the same), the
 * same place or level, and, when `suffix`, the same Party committee.
 */
function sameBody(a: Candidate, b: Candidate, suffix = true): boolean {
  if (a.kind !== b.kind || (a.kind.needsPlace && a.body !== b.body) || (suffix && a.suffix !== b.suffix)) return false;
  if (a.place && b.place) return a.place === b.place;
  const levelOf = (c: Candidate) => c.level ?? (c.levelWord ? LEVEL_WORDS[c.levelWord] : null);
  return levelOf(a) !== null && levelOf(a) === levelOf(b);
}

/**
 * The text's own writing of the body a headline names: as the headline has it, Party committee or none, where the
 * text's sentences write it so (省林草局机关党委 → 四川省林业和草原局机关党委); else the text's subject that is that
 * body or its Party committee (a headline 某县林业局 over a text about 某县林业局党组).
 */
function headlineInText(named: Candidate, inText: readonly Candidate[]): Candidate | undefined {
  const same = inText.filter((c) => sameBody(named, c) && !c.standalone);
  return same.find((c) => c.place) ?? same[0] ?? publisherInText(named, inText);
}

/**
 * The body the publisher names as the text writes it, its Party committee included when that is the text's subject
 * (来源：省生态环境厅 → 省生态环境厅机关党委); a signature counts. Undefined when the text never names it (a site
 * reposting another body's article).
 */
function publisherInText(named: Candidate, inText: readonly Candidate[]): Candidate | undefined {
  return inText.filter((c) => sameBody(named, c, false)).sort((a, b) => score(b) - score(a) || a.paragraph - b.paragraph)[0];
}

/**
 * The organisation behind the text, strongest evidence first: the body the headline names (written out as the text
 * writes it, 省林草局 → 四川省林业和草原局); the publisher the page's metadata names, when the text names it too;
 * else, of every body named, the one that is the subject of its clause, carries a place, and comes first. A line that
 * is only a body's name (a site's masthead, a signature) is no subject of the text.
 */
export function findOrg(paragraphs: readonly string[], title: string | null, publisher: string | null = null): FoundOrg | null {
  const enterprise = FOREST_ENTERPRISE_CONTEXT.test([title ?? '', publisher ?? '', ...paragraphs].join('\n'));
  const inText = paragraphs.flatMap((text, i) => candidatesIn(text, i + 1, enterprise));
  const inTitle = title ? candidatesIn(title, 0, enterprise) : [];
  const headline = inTitle.find((c) => c.place || c.levelWord);
  const byPublisher = publisher ? candidatesIn(publisher, 0, enterprise).find((c) => c.place || c.levelWord) : undefined;
  const chosen =
    (headline && (headlineInText(headline, inText) ?? headline)) ??
    (byPublisher && publisherInText(byPublisher, inText)) ??
    [...inText, ...inTitle].sort((a, b) => score(b) - score(a) || (a.paragraph || 1e9) - (b.paragraph || 1e9) || a.index - b.index)[0];
  if (!chosen) return null;
  const { subject: _subject, index: _index, kind: _kind, body: _body, suffix: _suffix, standalone: _standalone, ...org } = chosen;
  return org;
}

const score = (c: Candidate) => (c.subject && !c.standalone ? 4 : 0) + (c.place || c.levelWord ? 2 : 0) + (c.paragraph >= 1 && c.paragraph <= 2 && !c.standalone ? 1 : 0);

/** The sector the text's own words suggest, when one clearly leads; null otherwise. */
export function sectorFromText(paragraphs: readonly string[]): Sector | null {
  const text = paragraphs.join('\n');
  const counts = SECTOR_CUES.map(({ sector, cues }) => ({ sector, count: cues.reduce((n, cue) => n + text.split(cue).length - 1, 0) }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count === 0) return null;
  return first.count >= SECTOR_MARGIN * (second?.count ?? 0) ? first.sector : null;
}
