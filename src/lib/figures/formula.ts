import { layoutFormula, renderFormula, type FormulaNodeInput } from '../../charts/formula.ts';
import type { Formula } from '../../schemas/formula.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import { pick, t } from '../i18n.ts';
import { quoteAnchor, routes } from '../routes.ts';
import { makeFigure } from './figure.ts';
import { modelHref } from './models.ts';
import { listOf } from './text.ts';
import type { Figure, FigureContext, TableCell } from './types.ts';

/**
 * Numbered formulas as trees. A formula's part that is itself a formula of the same entry (三项机制 in 336) is
 * expanded in place, so 336 → 三项机制 · 三道关口 · 六个先锋 → their parts. A tree is drawn for every formula
 * with parts that is not already drawn inside another one.
 */

/** The index of the entry's formula whose code is this label, if any (and not the formula itself). */
function formulaNamed(model: CuratedModel, label: string, except: number): number {
  return model.formulas.findIndex((f, i) => i !== except && f.code === label && f.components.length > 0);
}

/** Formulas drawn as trees of their own: with parts, and not a part of another formula of the entry. */
export function treeRoots(model: CuratedModel): number[] {
  const nested = new Set(model.formulas.flatMap((f, i) => f.components.map((c) => formulaNamed(model, c.label, i)).filter((j) => j >= 0)));
  return model.formulas.flatMap((f, i) => (f.components.length > 0 && !nested.has(i) ? [i] : []));
}

/** A part of a tree: component `component` of formula `formula`, at `depth` (1 for the root's parts). */
interface Part {
  formula: number;
  component: number;
  depth: number;
}

/** The tree under formula i; `seen` stops a formula that (wrongly) contains itself from recursing forever. */
function node(ctx: FigureContext, model: CuratedModel, i: number, seen: ReadonlySet<number>): FormulaNodeInput {
  const formula = model.formulas[i] as Formula;
  return {
    // The root is named as the Chinese edition names it (“336”党建模式); in English by its code, which the
    // figure's title and description explain (English names of formulas are long sentences).
    label: ctx.locale === 'en' ? `“${formula.code}”` : formula.name.zh,
    href: modelHref(ctx, model.id, quoteAnchor('f', i)),
    tooltip: `${formula.quote} (¶${formula.paragraph})`,
    expansion: formula.expansion,
    children: formula.components.map((component, j) => {
      const nested = formulaNamed(model, component.label, i);
      const inner = nested >= 0 && !seen.has(nested) ? node(ctx, model, nested, new Set([...seen, nested])) : null;
      return {
        label: ctx.locale === 'en' ? component.en : component.label,
        href: modelHref(ctx, model.id, `${quoteAnchor('c', i)}-${j}`),
        tooltip: `${component.quote} (¶${component.paragraph})`,
        expansion: inner?.expansion ?? 'none',
        children: inner?.children ?? [],
      };
    }),
  };
}

/** Every part of the tree with its depth and the formula it belongs to, for the table. */
function parts(model: CuratedModel, i: number, depth: number, seen: ReadonlySet<number>): Part[] {
  const formula = model.formulas[i] as Formula;
  return formula.components.flatMap((component, j) => {
    const nested = formulaNamed(model, component.label, i);
    const below = nested >= 0 && !seen.has(nested) ? parts(model, nested, depth + 1, new Set([...seen, nested])) : [];
    return [{ formula: i, component: j, depth }, ...below];
  });
}

/** The tree of one formula of a model. */
export function formulaFigure(ctx: FigureContext, model: CuratedModel, index: number): Figure {
  const { locale } = ctx;
  const formula = model.formulas[index] as Formula;
  const root = node(ctx, model, index, new Set([index]));
  const all = parts(model, index, 1, new Set([index]));
  const name = `formula-${model.id}-${index}`;
  const title = t(locale, 'chart.formula.title', { code: formula.code });
  const below = all.filter((p) => p.depth > 1).length;
  const description = t(locale, 'chart.formula.desc', {
    code: formula.code,
    name: pick(locale, formula.name),
    parts: formula.components.length,
    list: listOf(locale, formula.components.map((c) => (locale === 'en' ? c.en : c.label))),
    deeper: below > 0 ? t(locale, 'chart.formula.deeper', { n: below }) : '',
    how: t(locale, `chart.formula.how.${formula.expansion === 'none' ? 'explicit' : formula.expansion}`),
  });
  const layout = layoutFormula({
    root,
    text: { explicit: t(locale, 'chart.formula.explicit'), implicit: t(locale, 'chart.formula.implicit'), partial: t(locale, 'chart.formula.partial'), more: t(locale, 'chart.formula.more') },
  });
  const rows = all.map(({ formula: f, depth, component: j }): TableCell[] => {
    const parent = model.formulas[f] as Formula;
    const component = parent.components[j];
    return [
      { text: component?.label ?? '', lang: 'zh-CN' },
      { text: component?.en ?? '' },
      { text: parent.code, lang: 'zh-CN' },
      { text: model.id },
      { text: pick(locale, model.short) },
      { text: String(depth), value: depth },
      { text: t(locale, `formula.expansion.${parent.expansion}`) },
      { text: `¶${component?.paragraph ?? ''}`, href: modelHref(ctx, model.id, `${quoteAnchor('c', f)}-${j}`) },
      { text: component?.quote ?? '', lang: 'zh-CN' },
    ];
  });
  return makeFigure({
    kind: 'formula', name, title, description,
    width: layout.width, height: layout.height, body: renderFormula(layout),
    table: {
      caption: title,
      linkHeader: t(locale, 'chart.col.link'),
      columns: [
        { key: 'part', label: t(locale, 'chart.col.part') },
        { key: 'english', label: t(locale, 'chart.col.english') },
        { key: 'part_of', label: t(locale, 'chart.col.parent') },
        { key: 'model_id', label: t(locale, 'chart.col.modelId'), csvOnly: true },
        { key: 'model_name', label: t(locale, 'chart.col.modelName'), csvOnly: true },
        { key: 'level', label: t(locale, 'chart.col.level'), numeric: true },
        { key: 'how_given', label: t(locale, 'chart.col.expansion') },
        { key: 'evidence', label: t(locale, 'metric.evidence') },
        { key: 'quote', label: t(locale, 'chart.col.quote'), csvOnly: true },
      ],
      rows,
    },
    source: t(locale, 'chart.source.model', { title: pick(locale, model.title), n: ctx.models.length }),
    // Drawn on the model's page and on /formulas/: cited at the model's page.
    page: routes.model(model.id),
  });
}

/** Every tree of a model, in the entry's order. */
export function modelFormulaFigures(ctx: FigureContext, model: CuratedModel): Figure[] {
  return treeRoots(model).map((i) => formulaFigure(ctx, model, i));
}
