/**
 * Text measurement without a DOM: an estimate of rendered width, good enough to lay out labels and wrap them.
 * Chinese characters are one em wide; Latin letters are sized for the widest common system sans-serif (DejaVu
 * Sans, Linux's default, about 0.6 em a lowercase letter). Deliberately generous, so estimated labels never
 * overflow the space kept for them on any platform.
 */

const NARROW = /[iljtfrI.,:;'’!|()\[\] ·\-]/u;
const WIDE = /[MWmw@%]/u;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/u;

/** Estimated width of one character, in ems. */
function charWidth(char: string): number {
  if (CJK.test(char)) return 1;
  if (NARROW.test(char)) return 0.36;
  if (WIDE.test(char)) return 0.95;
  if (/[A-Z0-9]/u.test(char)) return 0.72;
  return 0.63;
}

/** Estimated width of a text at a font size, in the same units as the font size. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Units a line may break into: a Latin word with its trailing space, or a single CJK character. */
function breakUnits(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF][”’」）)》、，。；：,.;:!?！？]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF]+\s*|\s+/gu) ?? [];
}

/**
 * Splits a text into lines no wider than maxWidth (a single unit wider than that gets a line of its own).
 * At most maxLines lines: the last one ends with … when text had to be dropped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  for (const unit of breakUnits(text)) {
    const candidate = current + unit;
    if (current !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(current.trimEnd());
      current = unit.trimStart();
    } else {
      current = candidate;
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
