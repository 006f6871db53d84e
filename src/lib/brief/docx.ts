import { BorderStyle, Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BriefDocument, DocItem } from './document.ts';

/**
 * A brief as a Word document (the `docx` package writes OOXML that Word and WPS open). The /brief/ page loads
 * this module only when the reader asks for .docx (a dynamic import), so reading pages never carry it.
 * Section, not layout: A4 portrait, the body in 宋体/Times New Roman, the brief's own headings as Word headings
 * (they appear in Word's navigation pane), each item's quote indented, a figure's data as a real table.
 */

export interface DocxWords {
  references: string;
  missing: (id: string) => string;
  note: string;
  /** The document's language tag (zh-CN, en-US): Word's proofing and East Asian line breaking follow it. */
  language: string;
}

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function table(data: NonNullable<DocItem['table']>): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [row(data.head, true), ...data.rows.map((cells) => row(cells, false))],
  });
}

function item(block: DocItem, words: DocxWords): Array<Paragraph | Table> {
  const parts: Array<Paragraph | Table> = [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: block.label, bold: true })] })];
  if (block.quote) for (const line of block.quote.split('\n')) parts.push(new Paragraph({ indent: { left: 567 }, children: [new TextRun(line)] }));
  if (block.table) parts.push(table(block.table));
  parts.push(
    new Paragraph({
      indent: { left: 567 },
      children: [new TextRun({ text: `${block.source} `, size: 20 }), new TextRun({ text: `[${block.ref}]`, size: 20 })],
    }),
  );
  if (block.note) parts.push(new Paragraph({ children: [new TextRun({ text: words.note, bold: true }), new TextRun(block.note)] }));
  return parts;
}

export function briefDocx(doc: BriefDocument, words: DocxWords): Document {
  const body: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] })];
  for (const block of doc.blocks) {
    if (block.type === 'heading') body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] }));
    else if (block.type === 'missing') body.push(new Paragraph({ children: [new TextRun({ text: words.missing(block.id), italics: true })] }));
    else body.push(...item(block, words));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(words.references)] }));
  for (const ref of doc.references) body.push(new Paragraph({ indent: { left: 567, hanging: 567 }, children: [new TextRun(`[${ref.n}] ${ref.text}`)] }));
  return new Document({
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 24, language: { value: words.language, eastAsia: 'zh-CN' } } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: body }],
  });
}
