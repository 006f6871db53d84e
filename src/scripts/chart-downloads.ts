import { captionedSvg } from '../charts/caption.ts';
import { unpackPart, type BriefModelPart, type PackedPart } from '../lib/brief/items.ts';
import { chartId } from '../lib/brief/ids.ts';
import { fetchJson } from '../lib/fetch.ts';
import { csvText } from '../lib/figures/csv.ts';
import { PNG_SCALE, type DownloadFormat } from '../lib/figures/download.ts';
import chartCss from '../styles/charts.css?raw';

/**
 * A chart's downloads — SVG, PNG and CSV — made by the reader's browser when asked, from what the page holds: the
 * SVG from the chart drawn on the page with its title, source line and citation drawn in (src/charts/caption.ts,
 * the same layout the build used to write as files), the PNG drawn from that SVG, the CSV from the chart's rows in
 * the brief's chart index (every column, quotes and evidence addresses included). The site holds no file per
 * chart: at 1,000 models those were 17,400 files and 276 MB, most of a host's file limit. Without JavaScript the
 * links stay hidden (src/lib/figures/figure-html.ts); the chart and its data table are on the page.
 */

/** A PNG of an SVG document at `scale` times its size, on white, with the browser's own fonts. */
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
 * Makes a download link work: shown, focusable, and at its first click the file `make` returns is made and saved
 * under the link's data-file name; later clicks save the same file again. A file that could not be made (its rows
 * could not be fetched) is tried again at the next click.
 */
export function offerDownload(link: HTMLAnchorElement, make: () => Promise<Blob>): void {
  const file = link.dataset['file'] ?? 'chart';
  link.setAttribute('href', '#');
  let made: Promise<void> | null = null;
  link.addEventListener('click', (event) => {
    if (link.hasAttribute('download')) return;
    event.preventDefault();
    made ??= make().then(
      (blob) => {
        link.setAttribute('href', URL.createObjectURL(blob));
        link.setAttribute('download', file);
        link.click();
      },
      () => void (made = null),
    );
  });
}

/** Wires a figure's download links to the makers given (one per format) and shows them. */
export function offerChartDownloads(figure: ParentNode, makers: Record<DownloadFormat, () => Promise<Blob>>): void {
  const paragraph = figure.querySelector<HTMLElement>('.chart-downloads');
  if (!paragraph) return;
  for (const link of paragraph.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
    const format = link.dataset['download'] as DownloadFormat;
    if (makers[format]) offerDownload(link, makers[format]);
  }
  paragraph.hidden = false;
}

/** The chart on the page as a standalone SVG file: its drawing with the caption the reader sees drawn in. */
export function svgOfFigure(figure: Element): string {
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!svg) throw new Error(`no chart drawing in #${figure.id}`);
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const frame = {
    id: figure.id,
    kind: (figure as HTMLElement).dataset['chart'] ?? '',
    width,
    height,
    title: svg.querySelector('title')?.textContent ?? '',
    description: svg.querySelector('desc')?.textContent ?? '',
  };
  // The drawing without its <title> and <desc> (the file writes its own), serialised as XML: the <svg> element
  // whole, so its children carry no namespace declaration of their own, then unwrapped.
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const head of copy.querySelectorAll(':scope > title, :scope > desc')) head.remove();
  const xml = new XMLSerializer().serializeToString(copy);
  const body = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</svg>'));
  const text = (selector: string) => figure.querySelector(selector)?.textContent?.trim() ?? '';
  return captionedSvg({ frame, body, source: text('.chart-source'), citation: text('.chart-cite'), css: chartCss });
}

/** The chart's CSV, from its rows in the brief part the figure names (a file fetched once for all its charts). */
async function csvOfFigure(paragraph: HTMLElement, parts: Map<string, Promise<BriefModelPart>>): Promise<string> {
  const from = paragraph.dataset['csvFrom']!;
  const name = paragraph.dataset['chartName']!;
  let part = parts.get(from);
  if (!part) {
    part = fetchJson<PackedPart>(from).then(unpackPart);
    part.catch(() => parts.delete(from));
    parts.set(from, part);
  }
  const table = (await part).items[chartId(name)]?.table;
  if (!table) throw new Error(`no rows for chart ${name} in ${from}`);
  return csvText([table.head, ...table.rows]);
}

/** Offers the downloads of every chart the build drew on this page. */
export function enableChartDownloads(root: ParentNode = document): void {
  const parts = new Map<string, Promise<BriefModelPart>>();
  for (const paragraph of root.querySelectorAll<HTMLElement>('figure.chart > .chart-downloads[data-csv-from][hidden]')) {
    const figure = paragraph.closest('figure')!;
    const svg = async () => new Blob([svgOfFigure(figure)], { type: 'image/svg+xml' });
    offerChartDownloads(figure, {
      svg,
      png: async () => pngFromSvg(svgOfFigure(figure)),
      csv: async () => new Blob([await csvOfFigure(paragraph, parts)], { type: 'text/csv;charset=utf-8' }),
    });
  }
}
