import { layoutNetwork, renderNetwork } from '../../charts/network.ts';
import { positionOf, relatedModels } from '../compare.ts';
import { localePath, pick, t } from '../i18n.ts';
import { routes } from '../routes.ts';
import { modelHref, seriesOf, shortName, titleOf } from './models.ts';
import { makeFigure } from './figure.ts';
import { siteWideName, siteWideSource, siteWideTitle } from './site-wide.ts';
import { listOf } from './text.ts';
import type { Figure, FigureContext } from './types.ts';

/** Models linked through the mechanism categories they share (on /mechanisms/), from compare.ts's relatedModels. */
export function networkFigure(ctx: FigureContext): Figure {
  const { locale, models } = ctx;
  const categoryName = (id: string) => {
    const category = ctx.categories.find((c) => c.id === id);
    return category ? pick(locale, category.name) : id;
  };
  const pairs = models.flatMap((model, i) =>
    relatedModels(model, models)
      .filter((r) => positionOf(models, r.model.id) > i)
      .map((r) => ({ a: model, b: r.model, shared: r.shared })),
  );
  const compareHref = (a: string, b: string) => `${localePath(locale, routes.compare(), ctx.base)}?m=${a},${b}`;
  const input = {
    nodes: models.map((m) => {
      const used = new Set(m.mechanisms.map((k) => k.category)).size;
      return { id: m.id, label: shortName(m, locale), series: seriesOf(ctx, m.id), size: used, href: modelHref(ctx, m.id), tooltip: `${titleOf(ctx, m)}: ${used}` };
    }),
    links: pairs.map((p) => ({
      source: p.a.id,
      target: p.b.id,
      weight: p.shared.length,
      href: compareHref(p.a.id, p.b.id),
      tooltip: `${shortName(p.a, locale)} – ${shortName(p.b, locale)}: ${listOf(locale, p.shared.map(categoryName))}`,
    })),
    text: { weight: t(locale, 'chart.network.weight'), size: t(locale, 'chart.network.size') },
    seed: 20240101,
  };
  const name = siteWideName(ctx, 'network');
  const title = siteWideTitle(ctx, t(locale, 'chart.network.title'));
  const ordered = [...pairs].sort((x, y) => y.shared.length - x.shared.length);
  const pairName = (p: (typeof pairs)[number]) => `${shortName(p.a, locale)}–${shortName(p.b, locale)}`;
  const most = ordered[0]?.shared.length ?? 0;
  const least = ordered[ordered.length - 1]?.shared.length ?? 0;
  const description = t(locale, 'chart.network.desc', {
    models: models.length,
    pairs: pairs.length,
    top: listOf(locale, ordered.filter((p) => p.shared.length === most).map(pairName)),
    topCount: most,
    bottom: listOf(locale, ordered.filter((p) => p.shared.length === least).map(pairName)),
    bottomCount: least,
  });
  const layout = layoutNetwork(input);
  return makeFigure({
    kind: 'network', name, title, description,
    width: layout.width, height: layout.height, body: renderNetwork(layout),
    table: {
      caption: title,
      linkHeader: t(locale, 'chart.col.link'),
      columns: [
        { key: 'pair', label: t(locale, 'chart.col.pair') },
        { key: 'model_a', label: t(locale, 'chart.col.modelA'), csvOnly: true },
        { key: 'model_b', label: t(locale, 'chart.col.modelB'), csvOnly: true },
        { key: 'shared', label: t(locale, 'chart.col.shared'), numeric: true },
        { key: 'categories', label: t(locale, 'chart.col.categories') },
      ],
      rows: ordered.map((p) => [
        { text: pairName(p), href: compareHref(p.a.id, p.b.id) },
        { text: p.a.id },
        { text: p.b.id },
        { text: String(p.shared.length), value: p.shared.length },
        { text: listOf(locale, p.shared.map(categoryName)), links: p.shared.map((c) => ({ text: categoryName(c), href: localePath(locale, routes.mechanism(c), ctx.base) })) },
      ]),
    },
    source: siteWideSource(ctx),
    page: ctx.region ? routes.mechanismsRegion(ctx.region.key) : routes.mechanisms(),
  });
}
