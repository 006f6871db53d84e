import type { Change } from './report.ts';
import { toSimplified } from '../text/script.ts';

export { detectScript, type ScriptCount } from '../text/script.ts';

/**
 * Converts to Simplified with OpenCC, recording each changed character (or phrase) so the change is visible.
 * Runs on every source: Simplified sources may still carry stray Traditional characters.
 */
export function convertToSimplified(text: string, changes: Change[]): string {
  const converted = toSimplified(text);
  if (converted === text) return text;
  const before = [...text];
  const after = [...converted];
  if (before.length === after.length) {
    before.forEach((char, i) => {
      if (char !== after[i]) changes.push({ rule: 'traditional-to-simplified', text: `${char}→${after[i]}` });
    });
  } else {
    // Phrase tables can change length; report the conversion as one change rather than misalign.
    changes.push({ rule: 'traditional-to-simplified', text: 'phrase-level conversion' });
  }
  return converted;
}
