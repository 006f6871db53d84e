/**
 * Which script Chinese text is written in, with OpenCC: shared by ingest (which converts) and the integrity
 * rules (which check that bodies are Simplified).
 */
import * as OpenCC from 'opencc-js';

/** Traditional → Simplified (OpenCC's standard tables, mainland forms). */
export const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** Simplified → Traditional, used only to tell which characters are Simplified-only. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

export interface ScriptCount {
  /** 'traditional' when Traditional-only characters outnumber Simplified-only ones. */
  script: 'traditional' | 'simplified';
  /** Distinct-position count of characters that exist only in Traditional form (業, 黨 …). */
  traditional: number;
  /** Count of characters that exist only in Simplified form (业, 党 …). */
  simplified: number;
}

/** Counts script-specific characters; characters shared by both scripts (林, 长) count for neither. */
export function detectScript(text: string): ScriptCount {
  let traditional = 0;
  let simplified = 0;
  const cache = new Map<string, 't' | 's' | null>();
  for (const char of text) {
    let kind = cache.get(char);
    if (kind === undefined) {
      if (toSimplified(char) !== char) kind = 't';
      else if (toTraditional(char) !== char) kind = 's';
      else kind = null;
      cache.set(char, kind);
    }
    if (kind === 't') traditional++;
    else if (kind === 's') simplified++;
  }
  return { script: traditional > simplified ? 'traditional' : 'simplified', traditional, simplified };
}

/** True when the text still holds characters OpenCC would convert: a check for cleaned bodies. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
