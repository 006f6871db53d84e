import type { Mechanism } from '../schemas/mechanism.ts';
import type { Metric } from '../schemas/metric.ts';
import type { CuratedModel } from '../schemas/model.ts';
import type { MechanismCategory } from '../schemas/taxonomy.ts';
import { memoPerCollection } from './per-collection.ts';
import { baseValue } from './units.ts';

/**
 * Comparisons across models: which model uses which mechanism category, which figures can stand side by side,
 * and which models are related. Entries in, plain values out; pages only render them.
 */

/** A mechanism with its position in its entry (the evidence link needs the index). */
export interface MechanismRef<K extends Pick<Mechanism, 'category' | 'name'> = Mechanism> {
  mechanism: K;
  index: number;
}

/** One cell of the model × category matrix. */
export interface MatrixCell<K extends Pick<Mechanism, 'category' | 'name'> = Mechanism> {
  modelId: string;
  mechanisms: MechanismRef<K>[];
}

export interface MatrixRow<C extends Pick<MechanismCategory, 'id'> = MechanismCategory, K extends Pick<Mechanism, 'category' | 'name'> = Mechanism> {
  category: C;
  cells: MatrixCell<K>[];
  /** How many models use the category. */
  models: number;
}

/** The models that use a category, in collection order, each with its mechanisms of that category. */
export function categoryUsers<M extends { id: string; mechanisms: readonly Mechanism[] }>(models: readonly M[], category: Pick<MechanismCategory, 'id'>): Array<{ model: M; mechanisms: MechanismRef[] }> {
  return models.flatMap((model) => {
    const mechanisms = model.mechanisms.flatMap((mechanism, index) => (mechanism.category === category.id ? [{ mechanism, index }] : []));
    return mechanisms.length > 0 ? [{ model, mechanisms }] : [];
  });
}

/** The full model × category matrix, in taxonomy order, one cell per model. */
export function categoryMatrix<C extends Pick<MechanismCategory, 'id'>, K extends Pick<Mechanism, 'category' | 'name'>>(
  models: readonly { id: string; mechanisms: readonly K[] }[],
  categories: readonly C[],
): MatrixRow<C, K>[] {
  return categories.map((category) => {
    const cells = models.map((model) => ({
      modelId: model.id,
      mechanisms: model.mechanisms.flatMap((mechanism, index) => (mechanism.category === category.id ? [{ mechanism, index }] : [])),
    }));
    return { category, cells, models: cells.filter((c) => c.mechanisms.length > 0).length };
  });
}

/** The categories a model uses, in taxonomy order, each with its mechanisms. */
export function categoriesOf(model: Pick<CuratedModel, 'id' | 'mechanisms'>, categories: readonly MechanismCategory[]): Array<{ category: MechanismCategory; mechanisms: MechanismRef[] }> {
  return categoryMatrix([model], categories)
    .filter((row) => row.models > 0)
    .map((row) => ({ category: row.category, mechanisms: row.cells[0]?.mechanisms ?? [] }));
}

/** The categories a model's mechanisms fall in (memoised: every model page asks about every other model). */
const categorySets = new WeakMap<CuratedModel, Set<string>>();
function categorySet(model: CuratedModel): Set<string> {
  let set = categorySets.get(model);
  if (!set) categorySets.set(model, (set = new Set(model.mechanisms.map((m) => m.category))));
  return set;
}

/**
 * Other models that share mechanism categories with `model`, most shared first (ties by id), at most
 * `limit` of them: a page lists a handful to compare with, never the whole collection (which would make
 * the site grow with the square of the number of models).
 */
export function relatedModels(model: CuratedModel, all: readonly CuratedModel[], limit = 8): Array<{ model: CuratedModel; shared: string[] }> {
  return relatedOnce(all, `${model.id}\u0000${limit}`, () => {
    const mine = categorySet(model);
    const best = mostShared(model, all, limit, 'categories', categorySet);
    return best.map(({ model: other }) => ({ model: other, shared: [...categorySet(other)].filter((c) => mine.has(c)).sort() }));
  });
}
// Picking a model's peers scans the whole collection, and each model's are asked for by both editions of its
// page and by the network chart: once per model, that is one scan per model, not three.
const relatedOnce = memoPerCollection<Array<{ model: CuratedModel; shared: string[] }>>();

/** How many members of `a` are in `b`. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count++;
  return count;
}

/**
 * The `limit` other models sharing most of `model`'s keys (categories, figure kinds), most first and ties by id.
 * Models with the same keys score the same against anyone, so the collection is grouped by its key sets once and
 * each group scored once: of a group only its first `limit` + 1 by id can be among the best (the + 1 for `model`
 * itself). Scoring every model against every other made the model pages' keys grow with the square of the
 * collection: 31 s at 5 000 models.
 */
function mostShared(model: CuratedModel, all: readonly CuratedModel[], limit: number, kind: string, keysOf: (m: CuratedModel) => Set<string>): Array<{ model: CuratedModel; count: number }> {
  const mine = keysOf(model);
  function* candidates() {
    for (const group of keyGroups(all, kind, keysOf)) {
      const count = sharedCount(group.keys, mine);
      if (count === 0) continue;
      let taken = 0;
      for (const other of group.models) {
        if (taken === limit) break;
        if (other.id === model.id) continue;
        taken++;
        yield { model: other, count };
      }
    }
  }
  return firstK(candidates(), limit, (a, b) => b.count - a.count || a.model.id.localeCompare(b.model.id));
}

/** The collection grouped by the key set of each model (memoised per collection and kind), each group in id order. */
function keyGroups(all: readonly CuratedModel[], kind: string, keysOf: (m: CuratedModel) => Set<string>): Array<{ keys: Set<string>; models: CuratedModel[] }> {
  return keyGroupsOnce(all, kind, () => {
    const groups = new Map<string, { keys: Set<string>; models: CuratedModel[] }>();
    for (const model of all) {
      const keys = keysOf(model);
      const signature = [...keys].sort().join('\u0000');
      const group = groups.get(signature);
      if (group) group.models.push(model);
      else groups.set(signature, { keys, models: [model] });
    }
    for (const group of groups.values()) group.models.sort((a, b) => a.id.localeCompare(b.id));
    return [...groups.values()];
  });
}
const keyGroupsOnce = memoPerCollection<Array<{ keys: Set<string>; models: CuratedModel[] }>>();

/**
 * The first `k` items in `compare` order, as sorting them all and taking `k` would give (for a total order),
 * in one pass: every model page asks for its few peers among the whole collection, and sorting thousands of
 * candidates per page made model pages slower the larger the collection.
 */
export function firstK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/** What grouping figures reads of a figure: its category, unit and value. */
export type GroupedMetric = Pick<Metric, 'category' | 'unit' | 'normalized' | 'value'>;

/** A figure with its position in its entry. */
export interface MetricRef<M extends GroupedMetric = Metric> {
  metric: M;
  index: number;
}

/** Figures that can be compared: same category and same base unit. */
export interface FigureGroup<M extends GroupedMetric = Metric> {
  /** Stable key: category and base unit (people·人). */
  key: string;
  category: Metric['category'];
  /** The unit values are shown in (the base unit when a factor was normalised away). */
  unit: string;
  /** Per model, its figures in this group (possibly none). */
  cells: Array<{ modelId: string; metrics: MetricRef<M>[] }>;
  /** Largest base value in the group, for scaling. */
  max: number;
}

/** The unit a metric is compared in: its normalized unit if it has one, else the unit as written. */
export function comparableUnit(metric: Pick<Metric, 'normalized' | 'unit'>): string {
  return metric.normalized?.unit ?? metric.unit;
}

/**
 * Groups figures so that only like units meet: a group is (category, base unit). Groups that only one
 * model has are still returned (a reader may want them), flagged by how many models have figures.
 */
export function figureGroups<M extends GroupedMetric>(models: readonly { id: string; metrics: readonly M[] }[]): FigureGroup<M>[] {
  const groups = new Map<string, FigureGroup<M>>();
  models.forEach((model, position) => {
    model.metrics.forEach((metric, index) => {
      const unit = comparableUnit(metric);
      const key = `${metric.category}·${unit}`;
      const group = groups.get(key) ?? {
        key,
        category: metric.category,
        unit,
        cells: models.map((m) => ({ modelId: m.id, metrics: [] as MetricRef<M>[] })),
        max: 0,
      };
      // Cells are in model order, so a model's cell is at its position.
      group.cells[position]?.metrics.push({ metric, index });
      group.max = Math.max(group.max, baseValue(metric));
      groups.set(key, group);
    });
  });
  const modelsWith = (g: FigureGroup<M>) => g.cells.filter((c) => c.metrics.length > 0).length;
  return [...groups.values()].sort((a, b) => modelsWith(b) - modelsWith(a) || a.key.localeCompare(b.key));
}

/** The (category, base unit) keys of a model's figures: what its figures can be compared on (memoised). */
const figureKeySets = new WeakMap<CuratedModel, Set<string>>();
function figureKeys(model: CuratedModel): Set<string> {
  let set = figureKeySets.get(model);
  if (!set) figureKeySets.set(model, (set = new Set(model.metrics.map((metric) => `${metric.category}·${comparableUnit(metric)}`))));
  return set;
}

/**
 * How many peers a model page's figures chart is drawn against. Two: three series stay apart by mark and colour
 * on a phone, while the chart, its data table and its brief part grow with every peer's figures (against four
 * peers they were two thirds of a model page's bytes at a thousand models). Side by side with more models is what
 * /compare/ is for.
 */
export const FIGURE_PEERS = 2;

/**
 * The other models whose figures can stand beside `model`'s: those with figures in the same category and
 * unit, most shared kinds first (ties by id), at most `limit` of them, so a model page compares with its closest
 * peers rather than the whole collection.
 */
export function figurePeers(model: CuratedModel, all: readonly CuratedModel[], limit = FIGURE_PEERS): CuratedModel[] {
  return peersOnce(all, `${model.id}\u0000${limit}`, () => {
    return mostShared(model, all, limit, 'figures', figureKeys).map((p) => p.model);
  });
}
const peersOnce = memoPerCollection<CuratedModel[]>();

/** How many models have at least one figure in a group. */
export function modelsInGroup(group: FigureGroup<GroupedMetric>): number {
  return group.cells.filter((c) => c.metrics.length > 0).length;
}

/**
 * The figure groups a comparison of `shown` lists: the (category, unit) groups two or more models of the whole
 * collection have figures in, wherever `shown` has some. With the whole collection shown that is every group
 * two or more models have; on a province's region page it keeps a figure whose peers are in other provinces
 * (the ?m= comparison brings them together), which counting within the province would drop.
 */
export function comparedGroups(all: readonly CuratedModel[], shown: readonly CuratedModel[]): FigureGroup[] {
  const compared = comparedKeysOnce(all, '', () => new Set(figureGroups(all).filter((g) => modelsInGroup(g) >= 2).map((g) => g.key)));
  return figureGroups(shown).filter((g) => compared.has(g.key) && modelsInGroup(g) >= 1);
}
const comparedKeysOnce = memoPerCollection<Set<string>>();

/**
 * Reads a `?m=` selection: known ids in the order given (at most four, duplicates dropped), the ids that
 * match no model, and whether the list was cut.
 */
export function parseSelection(param: string | null, knownIds: readonly string[], max = 4): { ids: string[]; unknown: string[]; truncated: boolean } {
  const requested = (param ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const known = new Set(knownIds);
  const ids = [...new Set(requested.filter((id) => known.has(id)))];
  const unknown = [...new Set(requested.filter((id) => !known.has(id)))];
  return { ids: ids.slice(0, max), unknown, truncated: ids.length > max };
}

/** Each model's position in `models`, by id (memoised per list: charts look positions up for every mark). */
const positionIndexes = new WeakMap<readonly CuratedModel[], Map<string, number>>();
export function positionOf(models: readonly CuratedModel[], id: string): number {
  let index = positionIndexes.get(models);
  if (!index) positionIndexes.set(models, (index = new Map(models.map((m, i) => [m.id, i]))));
  return index.get(id) ?? -1;
}

/** The model with this id in `models`, found through the position index rather than by scanning the list. */
export function modelById(models: readonly CuratedModel[], id: string): CuratedModel | undefined {
  return models[positionOf(models, id)];
}

/**
 * The models with these ids, each once, in the order of `models` (ids not in it are left out): what filtering
 * the list by the ids gives, without scanning the list. A model page picks its handful of peers out of the
 * whole collection, and scanning the collection for them on every page made pages slower as it grew.
 */
export function inListOrder(models: readonly CuratedModel[], ids: Iterable<string>): CuratedModel[] {
  const positions = [...new Set(ids)].map((id) => positionOf(models, id)).filter((position) => position >= 0);
  return positions.sort((a, b) => a - b).map((position) => models[position]!);
}
