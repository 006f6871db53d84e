/**
 * English text that quotes Chinese (“The text names 临湘市 …”) cut into runs, so a page can mark each Chinese run
 * lang="zh-CN": a screen reader then reads it with a Chinese voice and the browser picks a CJK font for it.
 */

export interface LangRun {
  text: string;
  /** True for a run of Chinese: Han characters with the CJK punctuation between and around them. */
  zh: boolean;
}

// Han ideographs (with extension A and compatibility forms), CJK symbols and punctuation (、。《》【】),
// full-width forms (，：（）), and the box □ the sources use for a destroyed character.
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef□]+/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** `text` as alternating runs; a run of punctuation alone, without a Han character, stays with the English. */
export function langRuns(text: string): LangRun[] {
  const runs: LangRun[] = [];
  const push = (piece: string, zh: boolean) => {
    if (piece === '') return;
    const last = runs.at(-1);
    if (last && last.zh === zh) last.text += piece;
    else runs.push({ text: piece, zh });
  };
  let at = 0;
  for (const match of text.matchAll(CHINESE)) {
    push(text.slice(at, match.index), false);
    push(match[0], HAN.test(match[0]));
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return runs;
}
