import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';

/** The checks the quality gates run on built pages, shared by the tests of the site and of its variants. */

/** WCAG 2.0–2.2, levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every rule of the installed axe-core with one of those tags, by id. Run by id, not by tag: axe leaves its
 * `experimental` rules out of a run by tags, and some of them test A/AA criteria (p-as-heading, td-has-header,
 * table-fake-caption, css-orientation-lock).
 */
export const WCAG_RULES = axe.getRules(WCAG_TAGS).map((rule) => rule.ruleId);

/** vnu.jar as the `vnu-jar` package ships it (its export is the jar's path); run with the system's Java. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * The W3C Nu validator's errors for each of `files`, paths relative to `root`: `file:line: message`.
 * Warnings are left out: the validator reads the pages' CSP <meta> without knowing their origin or Astro's
 * hashes, and warns that 'self' scripts and hashed inline styles would be blocked.
 */
export async function nuProblems(root: string, files: readonly string[]): Promise<string[]> {
  const run = promisify(execFile);
  // vnu exits 1 when it finds errors; the report is on stderr either way.
  const { stderr } = await run('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { code?: unknown; stderr?: string }) => {
      if (error.code === 'ENOENT') throw new Error('The Nu validator needs Java: `java` is not on PATH (.ci/run installs default-jre-headless)');
      return { stderr: error.stderr ?? '' };
    },
  );
  const report = JSON.parse(stderr) as { messages: Array<{ type: string; url?: string; lastLine?: number; message: string }> };
  const file = (url = '') => (url.startsWith('file:') ? relative(resolve(root), fileURLToPath(url)) : url);
  return report.messages.map((m) => `${file(m.url)}:${m.lastLine ?? 0}: ${m.type}: ${m.message}`);
}

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
    const { violations } = await new AxeBuilder({ page }).withRules(WCAG_RULES).analyze();
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  } finally {
    await context.close();
  }
}
