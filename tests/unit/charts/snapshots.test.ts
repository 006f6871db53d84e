import { describe, expect, it } from 'vitest';
import { figuresFor } from '../../../src/lib/figures/index.ts';
import type { ChartKind } from '../../../src/lib/figures/types.ts';
import type { Locale } from '../../../src/lib/i18n.ts';
import { context, normaliseSvg } from './content.ts';

/**
 * Normalised SVG snapshots of every chart kind drawn from the real entries (files under __snapshots__/, one
 * element per line so a diff shows what moved). A change to a layout or to the content shows up here; update
 * with `npm run test:unit -- tests/unit/charts -u` after looking at the diff.
 */
const CASES: Array<[ChartKind, string | undefined, Locale[]]> = [
  ['matrix', undefined, ['zh-CN']],
  ['metrics', undefined, ['zh-CN']],
  ['metrics', 'linxiang-forestry-336', ['zh-CN', 'en']],
  ['tilemap', undefined, ['zh-CN', 'en']],
  ['timeline', undefined, ['zh-CN']],
  ['timeline', 'huizhou-street-party-forest', ['zh-CN', 'en']],
  ['formula', 'linxiang-forestry-336', ['zh-CN', 'en']],
  ['network', undefined, ['zh-CN']],
];

describe('SVG snapshots', () => {
  for (const [kind, modelId, locales] of CASES) {
    for (const locale of locales) {
      it(`${kind}${modelId ? ` (${modelId})` : ''} · ${locale}`, async () => {
        const [figure] = figuresFor(kind, context(locale), modelId);
        expect(figure).toBeDefined();
        await expect(normaliseSvg(figure?.svg ?? '')).toMatchFileSnapshot(`__snapshots__/${figure?.name}.${locale}.svg`);
      });
    }
  }
});
