import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PNG_SCALE } from './download.ts';
import { encodeRgbPng } from './png-encode.ts';

/**
 * A chart's PNG, for pasting into WPS or PowerPoint: its SVG file (./download.ts: title, source and citation
 * drawn in) rendered at twice its size by resvg, with a CJK font read from the machine.
 *
 * resvg's WebAssembly build, not its native one (@resvg/resvg-js): the native build reads a font file from disk
 * again for every glyph it draws (thx/resvg-js#367), which with a 20 MB Noto CJK collection took 45 s for one
 * chart here; the WebAssembly build takes the fonts as bytes, read once, and draws a chart in 0.05–1 s.
 */

export { PNG_SCALE } from './download.ts';

/**
 * Where CJK fonts are found on the systems people build on: Debian and Ubuntu (fonts-noto-cjk), Fedora and Arch,
 * macOS, Windows. The first family found is used, regular and bold; ATLAS_CHART_FONTS (paths separated by the
 * system's path delimiter) names others.
 */
const FONT_CANDIDATES: ReadonlyArray<{ family: string; files: string[] }> = [
  { family: 'Noto Sans CJK SC', files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'] },
  { family: 'Noto Sans CJK SC', files: ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'] },
  { family: 'Noto Sans CJK SC', files: ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'] },
  { family: 'PingFang SC', files: ['/System/Library/Fonts/PingFang.ttc'] },
  { family: 'Microsoft YaHei', files: ['C:\\Windows\\Fonts\\msyh.ttc', 'C:\\Windows\\Fonts\\msyhbd.ttc'] },
];

export interface ChartFonts {
  family: string;
  files: string[];
}

/** The fonts charts are rendered with; an error that says what to install when the machine has none. */
export function chartFonts(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): ChartFonts {
  const named = env['ATLAS_CHART_FONTS'];
  if (named) {
    const files = named.split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
    const missing = files.filter((file) => !exists(file));
    if (missing.length > 0) throw new Error(`ATLAS_CHART_FONTS names fonts that do not exist: ${missing.join(', ')}`);
    return { family: '', files };
  }
  for (const candidate of FONT_CANDIDATES) {
    const files = candidate.files.filter(exists);
    if (files.length > 0) return { family: candidate.family, files };
  }
  throw new Error(
    'Chart PNGs need a Chinese font and none was found: install Noto Sans CJK (Debian/Ubuntu: apt-get install fonts-noto-cjk) or set ATLAS_CHART_FONTS to font files.',
  );
}

let ready: Promise<void> | null = null;
function init(): Promise<void> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/** Fonts read into memory once per process (a renderer is given the bytes each time). */
const loaded = new Map<string, Uint8Array[]>();
function fontBytes(fonts: ChartFonts): Uint8Array[] {
  const key = fonts.files.join('\n');
  let bytes = loaded.get(key);
  if (!bytes) loaded.set(key, (bytes = fonts.files.map((file) => readFileSync(file))));
  return bytes;
}

/** The PNG of a standalone SVG file, at PNG_SCALE, on white. */
export async function renderPng(svg: string, fonts: ChartFonts): Promise<Uint8Array> {
  await init();
  const family = fonts.family || undefined;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { fontBuffers: fontBytes(fonts), ...(family ? { defaultFontFamily: family, sansSerifFamily: family } : {}) },
  });
  const image = resvg.render();
  const png = encodeRgbPng(image.pixels, image.width, image.height);
  image.free();
  resvg.free();
  return png;
}
