import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparableText, findDuplicate, fingerprint, NEAR_DUPLICATE, readKnownBodies, similarity } from '../../src/lib/ingest/duplicates.ts';
import { formatOf } from '../../src/lib/ingest/html.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';

const paragraphsOf = (path: string) => ingestBytes(readFileSync(path), { format: formatOf(path) ?? 'text' }).paragraphs;

describe('what two bodies are compared by', () => {
  it('is the text alone: no notes, □, punctuation, spaces or width differences', () => {
    expect(comparableText(['林长制，党建＋１。', '  第二段 □〔编者注：原文此处缺失1字，未作推测〕ABC'])).toBe('林长制党建1第二段abc');
    expect(comparableText(['林长制,党建+1.'])).toBe(comparableText(['林长制，党建＋１。']));
  });

  it('scores identical text 1 and unrelated text near 0', () => {
    const a = fingerprint(['云溪县林业局推行林长制，全县设立三级林长862名。']);
    expect(similarity(a, fingerprint(['云溪县林业局推行林长制,全县设立三级林长862名.']))).toBe(1);
    expect(similarity(a, fingerprint(['北岭国有林场党支部把森林防火作为检验党员作风的试金石。']))).toBeLessThan(0.1);
  });
});

describe('findDuplicate', () => {
  const known = [{ id: 'county', file: 'content/models/county.mdx', fingerprint: fingerprint(paragraphsOf('tests/fixtures/ingest/county-hanweb.utf8.txt')) }];

  it('finds the same page in another encoding, and the Big5 copy whose conversion differs by a few characters', () => {
    for (const name of ['county-hanweb.gbk.txt', 'county-hanweb.big5.txt', 'county-hanweb.utf16le.txt', 'county-hanweb.utf16be.txt']) {
      expect(findDuplicate(fingerprint(paragraphsOf(`tests/fixtures/ingest/${name}`)), known, 'new-id')).toMatchObject({ id: 'county', similarity: 1 });
    }
    const damaged = fingerprint(paragraphsOf('tests/fixtures/ingest/township-party.big5.txt'));
    const clean = { id: 'township', file: 'content/models/township.mdx', fingerprint: fingerprint(paragraphsOf('tests/fixtures/ingest/township-party.utf8.txt')) };
    const found = findDuplicate(damaged, [clean], 'new-id');
    expect(found?.id).toBe('township');
    expect(found?.similarity).toBeGreaterThan(NEAR_DUPLICATE);
    expect(found?.similarity).toBeLessThan(1);
  });

  it('ignores the entry being regenerated (--force with the same id)', () => {
    expect(findDuplicate(known[0]!.fingerprint, known, 'county')).toBeNull();
  });

  it('finds a reissue with a paragraph added to a short article to be a new source', () => {
    const longer = [...paragraphsOf('tests/fixtures/ingest/county-hanweb.utf8.txt'), '　　另悉，云溪县今年还将新建森林防火通道20公里、视频监控点15个，并组织开展森林防火应急演练6次，确保全年不发生重大森林火灾。'];
    expect(findDuplicate(fingerprint(longer), known, 'new-id')).toBeNull();
  });
});

describe('the rule holds on every real and fixture body', () => {
  const files = [
    ...readdirSync('content/sources').filter((f) => f.endsWith('.txt')).map((f) => `content/sources/${f}`),
    ...readdirSync('tests/fixtures/ingest').filter((f) => /\.(txt|html?)$/.test(f)).map((f) => `tests/fixtures/ingest/${f}`),
  ];
  const bodies = files.map((file) => ({ file, page: file.split('/').pop()!.split('.')[0], fingerprint: fingerprint(paragraphsOf(file)) }));

  it('two different pages never come near the line; copies of one page always pass it', () => {
    let highestDifferent = 0;
    for (const [i, a] of bodies.entries()) {
      for (const b of bodies.slice(i + 1)) {
        const score = similarity(a.fingerprint, b.fingerprint);
        if (a.page === b.page) expect(score, `${a.file} ~ ${b.file}`).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
        else highestDifferent = Math.max(highestDifferent, score);
      }
    }
    expect(highestDifferent).toBeLessThan(NEAR_DUPLICATE / 4);
  });

  it('reads the five entries\' bodies through the entries module', () => {
    const known = readKnownBodies('.');
    expect(known.map((k) => k.id).sort()).toEqual(['heilongjiang-ecology-iron-army', 'honglin-town-park', 'huizhou-street-party-forest', 'linxiang-forestry-336', 'xining-forestry-grassland']);
    const linxiang = known.find((k) => k.id === 'linxiang-forestry-336')!;
    expect(similarity(linxiang.fingerprint, fingerprint(paragraphsOf('content/sources/linxiang-forestry-336.txt')))).toBe(1);
  });
});
