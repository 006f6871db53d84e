import type { DraftModel } from '../../schemas/model.ts';

/**
 * What an organisation's name says about it, as data: the bodies that run models, the words that give a sector,
 * and the cue words that suggest a sector when the name gives none. Add a row here, with a fixture in
 * tests/unit/propose-org.test.ts, rather than a rule in code.
 */

type Sector = NonNullable<DraftModel['sector']>;

/** A kind of body, the words that name it, and what they tell. */
export interface BodyKind {
  /** Regular-expression source for the body's name, as written after the place (林业和草原局, 生态环境厅机关党委 …). */
  pattern: string;
  /** The sector the name states, or null when it states none (党委, 人民政府). */
  sector: Sector | null;
  /** Level the body alone implies: a 厅 is provincial; a state forest farm sits outside the hierarchy. */
  level?: 'province' | 'forest-enterprise';
  /** True for bodies that need a place before them to be an organisation at all (党委 alone is any committee). */
  needsPlace?: boolean;
}

/** A Party committee attached to a department (…局党组, …厅机关党委): part of the organisation's name. */
export const PARTY_SUFFIX = '(?:机关党委|机关党总支|党组|党委|党总支|党支部)?';

export const BODIES: BodyKind[] = [
  { pattern: '林业和草原局|林业和草原厅|林草局', sector: 'forestry-grassland' },
  { pattern: '林业厅', sector: 'forestry', level: 'province' },
  { pattern: '森工集团|森工公司|森工林业局|森林工业局|林业集团|国有林场管理局|国有林场|林场|国有林区管理局', sector: 'forestry', level: 'forest-enterprise' },
  { pattern: '林业局|林业站|林业工作站', sector: 'forestry' },
  { pattern: '生态环境厅', sector: 'ecology-environment', level: 'province' },
  { pattern: '生态环境局|生态环境分局|环境保护局|环保局', sector: 'ecology-environment' },
  { pattern: '园林绿化局|园林局|绿化委员会办公室|绿化委员会|绿委办', sector: 'greening' },
  { pattern: '自然资源厅', sector: null, level: 'province' },
  { pattern: '自然资源和规划局|自然资源局|农业农村局|水利局|住房和城乡建设局', sector: null },
  { pattern: '党工委|党委|人民政府|政府|办事处|管委会', sector: null, needsPlace: true },
];

/** Words in the text that suggest a sector when the organisation's name gives none; the most frequent wins. */
export const SECTOR_CUES: Array<{ sector: Sector; cues: string[] }> = [
  { sector: 'forestry-grassland', cues: ['林草', '草原'] },
  { sector: 'forestry', cues: ['林业', '森林', '林长制', '护林'] },
  { sector: 'ecology-environment', cues: ['生态环境', '环保', '污染防治', '环评'] },
  { sector: 'greening', cues: ['绿化', '植树', '造林', '种植', '绿美', '植绿'] },
  { sector: 'town-park', cues: ['园区', '示范区', '开发区', '产业园', '镇园', '合署办公'] },
];

/** A cue must be this much more frequent than the next sector's to decide it. */
export const SECTOR_MARGIN = 1.5;

/**
 * Words of a text about a state forest enterprise (the 森工 groups and their forestry bureaus): there a 林业局 named by
 * a place's short name (根河林业局, not 根河市林业局) is one of the group's bureaus, named after the town it sits in,
 * not the county's own bureau.
 */
export const FOREST_ENTERPRISE_CONTEXT = /森工|重点国有林区|国有林区|林管局|重点国有林管理局|森林工业/u;

/** Words that cannot stand inside a place's name (a clause fragment such as 成立由街道 is no place). */
export const NOT_IN_PLACE_NAME = /[由在对为把将向与和从被给经的是及或并]|成立|建立|设立|组建|推动|开展|落实|坚持/u;

/** Placeholders that stand for a redacted place name (某县, x街道). */
export const PLACEHOLDER = '[某xX×＊*]{1,2}';
