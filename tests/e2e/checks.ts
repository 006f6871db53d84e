import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';

/** The checks the quality gates run on built pages, shared by the tests of the site and of its variants. */

/** WCAG 2.0–2.2, levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** html-validate's messages (.htmlvalidate.json) for each of `files`, paths relative to `root`: `file:line: rule: message`. */
export async function htmlProblems(root: string, files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(root, file), 'utf8'), file);
    for (const message of report.results.flatMap((r) => r.messages)) problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
  }
  return problems;
}

/** axe-core's WCAG 2.2 AA violations on a page, loaded in a fresh desktop-sized context until the network is idle. */
export async function axeViolations(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  } finally {
    await context.close();
  }
}
