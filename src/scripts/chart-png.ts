import { PNG_SCALE } from '../lib/figures/download.ts';
import { fetchText } from '../lib/fetch.ts';

/**
 * A chart's PNG, for pasting into WPS or PowerPoint, drawn by the reader's browser from the chart's SVG file (title,
 * source and citation drawn in) at PNG_SCALE times its size on white, with the browser's own fonts. The site holds
 * no PNG files (src/lib/figures/download.ts says why), so the PNG link is in the page but hidden until a script
 * can draw it: without JavaScript a reader has the SVG and the CSV.
 */
export async function pngFromSvg(svg: string, scale: number = PNG_SCALE): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the site's Content-Security-Policy allows for images (img-src 'self' data:).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/**
 * Shows a PNG link (figure-html.ts writes it hidden, with the SVG it is drawn from in data-png-from) and makes it
 * save the PNG `draw` makes: drawn at the first click, not on load (/formulas/ shows dozens of charts), then saved
 * by the same link. Until then its href is the SVG, so the link is focusable and a middle click opens the chart.
 */
export function offerPng(link: HTMLAnchorElement, draw: () => Promise<Blob>): void {
  const file = link.dataset['file'] ?? 'chart.png';
  link.closest<HTMLElement>('[data-png]')?.removeAttribute('hidden');
  link.setAttribute('href', link.dataset['pngFrom'] ?? '#');
  let drawn: Promise<void> | null = null;
  link.addEventListener('click', (event) => {
    if (link.hasAttribute('download')) return;
    event.preventDefault();
    // A drawing that failed (the SVG file could not be fetched) is tried again at the next click.
    drawn ??= draw().then(
      (blob) => {
        link.setAttribute('href', URL.createObjectURL(blob));
        link.setAttribute('download', file);
        link.click();
      },
      () => void (drawn = null),
    );
  });
}

/** Offers the PNG of every chart the build drew on this page, each drawn from its SVG file. */
export function enableChartPngs(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-download="png"][data-png-from]:not([href])')) {
    const from = link.dataset['pngFrom']!;
    offerPng(link, async () => pngFromSvg(await fetchText(from)));
  }
}
