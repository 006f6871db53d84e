import { dumpYaml } from '../ingest/frontmatter.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import type { PlaceNames } from '../regions/index.ts';

/**
 * Synthetic models for the scaling benchmark: N entries in the real schema, built from the five curated
 * ones so every quote is a real sentence from a real source and every integrity rule still holds. Each
 * synthetic entry takes one real entry's body and facts, keeps a seeded subset of its mechanisms and
 * slogans (so category counts, the matrix and the network vary), and moves it to a seeded county of a
 * seeded province with a seeded date. Same seed and N, same bytes.
 */

/** A real curated entry: its frontmatter as data and its MDX body as written. */
export interface Template {
  data: CuratedModel;
  body: string;
}

/** A synthetic entry ready to write to content/models/<id>.mdx. */
export interface SyntheticEntry {
  id: string;
  text: string;
}

/** mulberry32: a small, well-distributed seeded PRNG, so runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickOne = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Keeps each item with probability `keep`, always at least one; `must` items are always kept. */
function subset<T>(items: readonly T[], keep: number, random: () => number, must: (item: T) => boolean = () => false): T[] {
  const kept = items.filter((item) => must(item) || random() < keep);
  return kept.length > 0 || items.length === 0 ? kept : [items[0]!];
}

/** A date between 2015-01-01 and 2025-12-28, as the schema writes it. */
function seededDate(random: () => number): string {
  const year = 2015 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The id of synthetic entry `i` made from `template`: s00042-linxiang. */
export function syntheticId(i: number, template: Template): string {
  return `s${String(i).padStart(5, '0')}-${template.data.id.split('-')[0]}`;
}

/** One synthetic entry's frontmatter. */
export function syntheticData(i: number, template: Template, places: ReadonlyMap<string, readonly PlaceNames[]>, random: () => number): CuratedModel {
  const real = template.data;
  const province = pickOne([...places.keys()], random);
  const place = pickOne(places.get(province)!, random);
  const where = place.county ?? place.province;
  return {
    ...real,
    id: syntheticId(i, template),
    title: { zh: `合成样本${i}：${where}·${real.title.zh}`, en: `Synthetic sample ${i}: ${real.title.en}` },
    short: { zh: `合成${i}·${where}`.slice(0, 16), en: `Synthetic ${i}` },
    region: { ...place, provenance: 'stated', note: { zh: '合成的基准测试条目：地点为随机抽取。', en: 'Synthetic benchmark entry: the place was drawn at random.' } },
    source: { ...real.source, published: seededDate(random) },
    mechanisms: subset(real.mechanisms, 0.7, random),
    slogans: subset(real.slogans, 0.7, random, (s) => s.kind === 'brand'),
  };
}

/** N synthetic entries, cycling through the templates. */
export function syntheticEntries(templates: readonly Template[], places: ReadonlyMap<string, readonly PlaceNames[]>, n: number, seed = 20261123): SyntheticEntry[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const template = templates[i % templates.length]!;
    const data = syntheticData(i, template, places, random);
    // YAML 1.1 quotes date-like strings, which Astro's loader would otherwise turn into Date objects.
    const yaml = dumpYaml(data as Record<string, unknown>);
    return { id: data.id, text: `---\n${yaml.trimEnd()}\n---\n\n${template.body}` };
  });
}
