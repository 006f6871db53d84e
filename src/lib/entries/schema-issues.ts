import type { z } from 'astro/zod';

/**
 * Schema errors in words a curator can act on. Zod says "Too big: expected string to have <=16 characters";
 * a curator needs the length they wrote and the limit: `is 19 characters long (“…”), at most 16`.
 */

type Issue = z.core.$ZodIssue;

/** The value at a path in the unvalidated data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const excerpt = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** A length or size error with what was found and the limit; null for other issues. */
function sizeMessage(issue: Issue, value: unknown): string | null {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return null;
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const exclusive = issue.inclusive === false;
  const n = exclusive ? (big ? limit - 1 : limit + 1) : limit;
  const bound = `${big ? 'at most' : 'at least'} ${n}`;
  const rule = big ? `${bound} allowed` : `${bound} required`;
  if (issue.origin === 'string' && typeof value === 'string') {
    const characters = `${bound} character${n === 1 ? '' : 's'} ${big ? 'allowed' : 'required'}`;
    return value.length === 0 ? `is empty; ${characters}` : `is ${value.length} characters long (“${excerpt(value)}”); ${characters}`;
  }
  if (issue.origin === 'array' && Array.isArray(value)) return `has ${value.length} items; ${rule}`;
  if (issue.origin === 'number' && typeof value === 'number') return `is ${value}; must be ${bound}`;
  return null;
}

/** One issue as `field: message`, with lengths and limits spelled out. */
export function explainIssue(issue: Issue, data: unknown): { field: string; message: string } {
  const field = issue.path.join('.') || '(frontmatter)';
  return { field, message: sizeMessage(issue, valueAt(data, issue.path)) ?? issue.message };
}

/** Every issue of a failed parse, explained. */
export function explainIssues(issues: readonly Issue[], data: unknown): Array<{ field: string; message: string }> {
  return issues.map((issue) => explainIssue(issue, data));
}

/** Why `data` fails `schema`, one `field: message` line per issue; null when it passes. */
export function explainParse(schema: z.ZodType, data: unknown): string | null {
  const parsed = schema.safeParse(data);
  return parsed.success ? null : explainIssues(parsed.error.issues, data).map((i) => `${i.field}: ${i.message}`).join('\n');
}
