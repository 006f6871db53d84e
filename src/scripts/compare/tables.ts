import { escapeXml as esc } from '../../charts/svg.ts';
import type { ComparedModel } from '../../lib/compare/record.ts';
import { comparePhrases, compareWording, type Wording } from '../../lib/compare/wording.ts';
import { listOf } from '../../lib/figures/text.ts';
import { say, type Words } from '../../lib/figures/words.ts';
import { localePath, pick } from '../../lib/locale.ts';
import { quoteAnchor, routes } from '../../lib/routes.ts';

/**
 * The markup of a ?m= selection's two reading tables: mechanisms by category in each model's own words, and
 * slogans and formulas side by side. Strings built from the pure comparisons of src/lib/compare/wording.ts.
 */

interface Context {
  words: Words;
  base: string;
  models: readonly ComparedModel[];
}

const zh = (ctx: Context) => (ctx.words.locale === 'en' ? ' lang="zh-CN"' : '');
const modelHref = (ctx: Context, id: string, anchor?: string) => `${localePath(ctx.words.locale, routes.model(id), ctx.base)}${anchor ? `#${anchor}` : ''}`;
const evidence = (ctx: Context, id: string, anchor: string, paragraph: number) => `<a class="evidence" href="${esc(modelHref(ctx, id, anchor))}">¶${paragraph}</a>`;

function headerRow(ctx: Context, first: string): string {
  const columns = ctx.models.map((m) => `<th scope="col" data-model-column="${esc(m.id)}"><a href="${esc(modelHref(ctx, m.id))}">${esc(pick(ctx.words.locale, m.short))}</a></th>`).join('');
  return `<thead><tr><th scope="col">${esc(first)}</th>${columns}</tr></thead>`;
}

/** A model's cell; `label` names the model where a phone lays the table out as one block per row. */
function cell(ctx: Context, id: string, items: string[]): string {
  const model = ctx.models.find((m) => m.id === id);
  const label = ` data-model-column="${esc(id)}" data-label="${esc(model ? pick(ctx.words.locale, model.short) : id)}"`;
  return items.length > 0 ? `<td${label}><ul class="wording-list">${items.join('')}</ul></td>` : `<td class="zero"${label}>–</td>`;
}

/** The wording table, its summary and what it leaves out; `wording` is compareWording's result for ctx.models. */
export function wordingHtml(ctx: Context, wording: Wording, categoryHref: (id: string) => string): string {
  const { words } = ctx;
  const { locale } = words;
  const rows = wording.rows
    .map((row) => {
      const cells = row.cells.map((c) =>
        cell(
          ctx,
          c.modelId,
          c.items.map(
            ({ index, mechanism, shared }) =>
              `<li data-shared="${shared}"><strong${zh(ctx)}>${esc(mechanism.name)}</strong>` +
              (shared ? ` <span class="shared-mark">${esc(say(words, 'compare.shared'))}</span>` : '') +
              (locale === 'en' ? ` <span class="summary">${esc(mechanism.summary_en)}</span>` : '') +
              ` <q${zh(ctx)}>${esc(mechanism.quote)}</q> ${evidence(ctx, c.modelId, quoteAnchor('k', index), mechanism.paragraph)}</li>`,
          ),
        ),
      );
      return `<tr data-row="${esc(row.category.id)}" data-differs="${row.differs}"><th scope="row"><a href="${esc(categoryHref(row.category.id))}">${esc(pick(locale, row.category.name))}</a></th>${cells.join('')}</tr>`;
    })
    .join('');
  // The shared names are Chinese as written: marked so, inside an English sentence.
  const sharedNames = listOf(locale, wording.shared.map((name) => `\u0000${name}\u0001`));
  const summary = [
    say(words, 'compare.differSummary', { used: wording.rows.length, differing: wording.differing }),
    ...(ctx.models.length < 2 ? [] : [wording.shared.length > 0 ? say(words, 'compare.sharedNames', { names: sharedNames }) : say(words, 'compare.noShared')]),
  ].join(locale === 'en' ? ' ' : '');
  const summaryHtml = esc(summary).replace(/\u0000/g, `<span${zh(ctx)}>`).replace(/\u0001/g, '</span>');
  const toggle =
    ctx.models.length < 2
      ? ''
      : `<p class="wording-toggle"><label><input type="checkbox" data-only-differ aria-describedby="wording-definition"> ${esc(say(words, 'compare.onlyDiffer'))}</label></p>` +
        `<p class="muted" id="wording-definition">${esc(say(words, 'compare.differDefinition'))}</p>`;
  const unused =
    wording.unused.length === 0
      ? ''
      : `<details class="unused-categories"><summary>${esc(say(words, 'compare.unused', { n: wording.unused.length }))}</summary><ul>${wording.unused
          .map((c) => `<li><a href="${esc(categoryHref(c.id))}">${esc(pick(locale, c.name))}</a></li>`)
          .join('')}</ul></details>`;
  return (
    `<p>${esc(say(words, 'compare.wordingIntro'))}</p>${toggle}<p data-wording-summary>${summaryHtml}</p>` +
    `<div class="table-wrap"><table class="wording"><caption>${esc(say(words, 'compare.wording'))}</caption>${headerRow(ctx, say(words, 'compare.category'))}<tbody>${rows}</tbody></table></div>${unused}`
  );
}

/** Slogans by kind and the numbered formulas, each model's in its column. */
export function phrasesHtml(ctx: Context): string {
  const { words } = ctx;
  const { locale } = words;
  const label = { brand: 'slogan.brand', requirement: 'slogan.requirement', campaign: 'slogan.campaign', formula: 'compare.formulasRow' } as const;
  const rows = comparePhrases(ctx.models)
    .map((row) => {
      const cells = row.cells.map((c) =>
        cell(ctx, c.modelId, [
          ...c.slogans.map(
            ({ index, slogan }) =>
              `<li><strong${zh(ctx)}>“${esc(slogan.text)}”</strong>${locale === 'en' ? ` <span class="summary">${esc(slogan.en)}</span>` : ''} ${evidence(ctx, c.modelId, quoteAnchor('s', index), slogan.paragraph)}</li>`,
          ),
          ...c.formulas.map(
            ({ index, formula }) =>
              `<li><strong${zh(ctx)}>“${esc(formula.code)}”</strong> <span>${esc(pick(locale, formula.name))}</span>` +
              (formula.components.length > 0 ? `<span class="muted">: ${esc(listOf(locale, formula.components.map((p) => (locale === 'en' ? p.en : p.label))))}</span>` : '') +
              ` ${evidence(ctx, c.modelId, quoteAnchor('f', index), formula.paragraph)}</li>`,
          ),
        ]),
      );
      return `<tr data-row="${row.kind}"><th scope="row">${esc(say(words, label[row.kind]))}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<div class="table-wrap"><table class="phrases"><caption>${esc(say(words, 'compare.phrases'))}</caption>${headerRow(ctx, say(words, 'chart.col.kind'))}<tbody>${rows}</tbody></table></div>`;
}

export { compareWording };
