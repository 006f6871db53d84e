import { escapeXml } from '../../charts/svg.ts';
import { chartPinHtml, type PinWords } from '../brief/pin-html.ts';
import { referenceHtml } from '../cite/live.ts';
import { langRuns } from '../text/lang-runs.ts';
import type { Locale } from '../locale.ts';
import type { DownloadFormat } from './download.ts';
import type { Figure, TableCell } from './types.ts';

/**
 * The markup of a chart on a page: a <figure data-chart> whose caption (title and source) comes first, as a reader
 * meets it, then the inline SVG in a frame that scrolls on a narrow screen, its data as a table in <details> (reflowed
 * into labelled rows on a phone), its citation and its downloads. One function for the build (ChartFigure.astro) and
 * the browser (a /compare/?m= selection's charts), so both show a chart the same way.
 */
export interface FigureMarkup {
  locale: Locale;
  /** The figure's words: “数据表”, “引用本图：”, “下载本图”, and the line said where the chart scrolls sideways. */
  words: { dataTable: string; citeAs: string; downloads: string; scrollHint: string; noSiteAddress: string };
  /** The pin button's words, for a chart a brief can hold (a published one; not a compare selection's). */
  pin?: PinWords;
  citation: string;
  /** The access date the citation was formatted with (ISO), marked for the reader's own day (src/lib/cite/live.ts). */
  accessed: string | null;
  /** The downloads: label and the file name a browser saves it as; a script makes the file when asked. */
  downloads: Array<{ format: DownloadFormat; label: string; file: string }>;
  /** The brief part whose chart item holds this chart's CSV rows (src/lib/brief/site-index.ts chartPart). */
  csvFrom?: string | undefined;
}

const esc = escapeXml;

/** Text of an English page's cell: a run of Chinese in it (a unit such as 名) is marked lang="zh-CN". */
function textHtml(text: string, mark: boolean): string {
  return mark ? langRuns(text).map((run) => (run.zh ? `<span lang="zh-CN">${esc(run.text)}</span>` : esc(run.text))).join('') : esc(text);
}

function cellHtml(cell: TableCell | undefined, locale: Locale): string {
  if (!cell) return '';
  // A cell whose lang is set is all of that language; otherwise an English cell may quote Chinese.
  const mark = locale === 'en' && !cell.lang;
  if (cell.links) return cell.links.map((l) => `<a href="${esc(l.href)}">${textHtml(l.text, mark)}</a>`).join(locale === 'en' ? ', ' : '、');
  return cell.href ? `<a href="${esc(cell.href)}">${textHtml(cell.text, mark)}</a>` : textHtml(cell.text, mark);
}

export function figureHtml(figure: Figure, markup: FigureMarkup): string {
  const { locale } = markup;
  const columns = figure.table.columns.map((column, index) => ({ column, index })).filter(({ column }) => !column.csvOnly);
  const lang = (cell: TableCell | undefined) => (locale === 'en' && cell?.lang ? ` lang="${cell.lang}"` : '');
  const head = columns.map(({ column }) => `<th scope="col">${esc(column.label)}</th>`).join('');
  const rows = figure.table.rows
    .map(
      (row) =>
        `<tr>${columns
          .map(({ column, index }, position) => {
            const cell = row[index];
            return position === 0
              ? `<th scope="row"${lang(cell)}>${cellHtml(cell, locale)}</th>`
              : `<td${column.numeric ? ' class="num"' : ''}${lang(cell)} data-label="${esc(column.label)}">${cellHtml(cell, locale)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  // Every download is made by the reader's browser from what the page holds (src/scripts/chart-downloads.ts): the
  // links come hidden, with no address, until a script makes them work, so a reader without JavaScript meets no
  // link that does nothing (the chart and its table are on the page, and print).
  const links = markup.downloads.map((d) => `<a data-download="${d.format}" data-file="${esc(d.file)}">${esc(d.label)}</a>`).join(' · ');
  const from = markup.csvFrom === undefined ? '' : ` data-csv-from="${esc(markup.csvFrom)}" data-chart-name="${esc(figure.name)}"`;
  const downloads = `<p class="chart-downloads" hidden${from}>${esc(markup.words.downloads)}: ${links}</p>`;
  return (
    `<figure class="chart" id="${esc(figure.id)}" data-chart="${figure.kind}" data-pagefind-ignore="all">` +
    `<figcaption><p class="chart-title">${esc(figure.title)}</p><p class="chart-source">${esc(figure.source)}</p>${markup.pin ? chartPinHtml(markup.pin, figure) : ''}</figcaption>` +
    `<div class="chart-frame" tabindex="0" role="group" aria-labelledby="${esc(figure.id)}-title">` +
    `<p class="chart-scroll-hint" aria-hidden="true">${esc(markup.words.scrollHint)}</p>${figure.svg}</div>` +
    `<details class="chart-data"><summary>${esc(markup.words.dataTable)}</summary><div class="table-wrap"><table class="chart-table reflow reflow-inline">` +
    `<caption>${esc(figure.table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>` +
    `<p class="chart-cite">${esc(markup.words.citeAs)}<span class="reference">${referenceHtml(markup.citation, markup.accessed, markup.words.noSiteAddress, locale === 'en')}</span></p>` +
    `${downloads}</figure>`
  );
}
