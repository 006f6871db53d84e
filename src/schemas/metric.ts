import { z } from 'astro/zod';
import { draftBilingualSchema, paragraphSchema, quoteSchema, reviewSchema } from './common.ts';

/** What a figure counts. */
export const metricCategorySchema = z.enum([
  'people', 'trees', 'area', 'money', 'organisations', 'activities', 'cases', 'percent', 'rank', 'items',
  'publications', 'places', 'mass', 'duration',
]);
export type MetricCategory = z.infer<typeof metricCategorySchema>;

/** A figure from the source, with the sentence it came from. */
export const metricSchema = z.object({
  /** What the figure measures, in Chinese and English. */
  label: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** The number as written, before any factor in the unit (2 for 2万余人, 5493 for 5493万元). */
  value: z.number(),
  /** The unit as written, magnitude included (万人, 万元, 亩, 个, %). */
  unit: z.string().min(1),
  /** Value in the base unit where the unit carries a factor (万亩 → 亩, 亿元 → 元 …); null otherwise. */
  normalized: z.object({ value: z.number(), unit: z.string().min(1) }).nullable(),
  /** The source hedges the figure: 余, 多, 近, 约. */
  approx: z.boolean(),
  /** at_least: 以上, 不少于, 至少; at_most: 以下, 不超过; null: exact or merely approximate. */
  bound: z.enum(['at_least', 'at_most']).nullable(),
  /** Year the figure refers to, when the source states or clearly implies it; null otherwise. */
  year: z.number().int().min(1949).max(2100).nullable(),
  /** What the figure counts. */
  category: metricCategorySchema,
  /** The sentence or clause holding the figure, verbatim. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Metric = z.infer<typeof metricSchema>;

/** A metric in a draft: the English label may still be ''. */
export const draftMetricSchema = metricSchema.extend({ label: draftBilingualSchema });

/** Why a number in the body is not a figure. */
export const exclusionReasonSchema = z.enum([
  'date', 'ordinal', 'formula-name', 'word-count', 'view-counter', 'schedule', 'duplicate',
  'congress', 'anniversary', 'site-id', 'other',
]);
export type ExclusionReason = z.infer<typeof exclusionReasonSchema>;

/** A number in the body deliberately not curated as a metric, and why. */
export const exclusionSchema = z.object({
  /** The number as written (2024年, 一是, 336 …). */
  text: z.string().min(1),
  /** Paragraph it is in. */
  paragraph: paragraphSchema,
  /**
   * date (dates and times) | ordinal (一是, 第三, list markers) | formula-name (336, 十个一) | word-count |
   * view-counter (浏览次数 and other counters) | schedule (a timetable's dates) | duplicate (a figure stated twice) |
   * congress (党的二十大, 十四五) | anniversary (75周年, 一百周年) | site-id (网站标识码, ICP numbers) | other (say why in `note`).
   */
  reason: exclusionReasonSchema,
  /** A sentence of explanation where the reason alone is not enough; required for `other`. */
  note: z.string().nullable().default(null),
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Exclusion = z.infer<typeof exclusionSchema>;
