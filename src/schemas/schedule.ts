import { z } from 'astro/zod';
import { bilingualSchema, draftBilingualSchema, paragraphSchema, quoteSchema, reviewSchema } from './common.ts';

/** A calendar month, YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

/**
 * One dated step of a plan's timetable (时间安排表): what is to be done and the month or months it falls in,
 * with the words that give the time. Months must read back from the quote (see src/lib/integrity.ts).
 */
export const scheduleItemSchema = z.object({
  /** The work item (工作内容): Chinese verbatim from `task_paragraph` (or the quote's paragraph), and English. */
  label: bilingualSchema,
  /** First month the step covers (YYYY-MM): the first month named in the quote. */
  start: monthSchema,
  /** Last month the step covers (YYYY-MM): the last month named in the quote; equal to start for one month. */
  end: monthSchema,
  /** deadline: to be done by the end month (…前, …底, …完成); during: takes place in the months given (上旬, 至). */
  kind: z.enum(['deadline', 'during']),
  /** The words that give the time (the 完成时间 cell or the sentence), verbatim; they name every month used. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** Paragraph holding the work item when it is not the quote's paragraph (a timetable row's 工作内容 cell); else null. */
  task_paragraph: paragraphSchema.nullable().default(null),
  /** Paragraph stating the year when the quote names none (e.g. the timetable's title); null when the quote has it. */
  year_paragraph: paragraphSchema.nullable().default(null),
  /** What a reader should know, e.g. that the body gives another date for the same step; null otherwise. */
  note: z.string().nullable().default(null),
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type ScheduleItem = z.infer<typeof scheduleItemSchema>;

/** A timetable step in a draft: the English label may still be ''. */
export const draftScheduleItemSchema = scheduleItemSchema.extend({ label: draftBilingualSchema });
