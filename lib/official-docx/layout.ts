/**
 * An OfficialDocument (model.ts) as a .docx in the layout of Decree 30/2020/NĐ-CP, Phụ lục I:
 *
 * - A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (the decree allows
 *   20–25, 20–25, 30–35, 15–20);
 * - Times New Roman throughout; body 14 pt, justified, first line indented 1.27 cm, at least 6 pt
 *   between paragraphs, line spacing between single and 1.5 lines;
 * - header as a borderless two-column table: on the left the governing body (12 pt, upright),
 *   the issuing body (12 pt, bold) with a short line under it (1/3–1/2 of the name) and the
 *   number and symbol (13 pt); on the right the national motto (12 pt bold capitals), the
 *   tagline (13 pt bold, line under it as long as the tagline) and place and date (13 pt italic);
 * - the type of document (14 pt bold capitals) and the summary (14 pt bold) with a short line under;
 * - the recipients ("Nơi nhận:" 12 pt bold italic, lines 11 pt) beside the signature block
 *   (authority and position 14 pt bold capitals, the signer 14 pt bold, room for the signature);
 * - page numbers centred in the top margin from the second page on.
 *
 * The "lines" the decree draws under the issuer, the tagline and the summary are paragraph bottom
 * borders on an empty paragraph narrowed by indents, which Word and LibreOffice both draw.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';

import { numberAndSymbol, placeAndDate, type Block, type OfficialDocument, type Run, type TableCell as ModelCell, type TableColumn } from './model';

export const FONT = 'Times New Roman';

/** Page geometry in millimetres (A4). */
export const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH_MM = PAGE.width - PAGE.left - PAGE.right;
const HEADER_LEFT_MM = 66;
const HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM;

// docx's convertMillimetersToTwip truncates (20 mm → 1133); Word writes 1134.
const tw = (mm: number) => Math.round((mm * 1440) / 25.4);
/** docx sizes are half-points. */
const pt = (points: number) => points * 2;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/**
 * Rough printed width of a line of Times New Roman, in millimetres, used only to size the rules
 * under the tagline and the summary: average advance 0.5 em lower case, 0.68 em capitals (bold).
 */
function textWidthMm(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.25;
    else if (ch !== ch.toLowerCase()) em += bold ? 0.7 : 0.66;
    else em += bold ? 0.5 : 0.46;
  }
  return (em * sizePt * 25.4) / 72;
}

/** An empty paragraph whose bottom border is a centred rule of the given length inside a box. */
function rule(lengthMm: number, boxMm: number, spaceAfterPt = 0): Paragraph {
  const side = Math.max(0, (boxMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: tw(side), right: tw(side) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 60, after: spaceAfterPt * 20, line: 60, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function centered(text: string, size: number, opts: { bold?: boolean; italic?: boolean; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: (opts.before ?? 0) * 20, after: (opts.after ?? 0) * 20, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, font: FONT, size: pt(size), bold: opts.bold, italics: opts.italic })],
  });
}

function runs(list: Run[], size = 14): TextRun[] {
  return list.map((r) => new TextRun({ text: r.text, font: FONT, size: pt(size), bold: r.bold, italics: r.italic }));
}

function cell(children: Paragraph[], widthMm: number, opts: { borders?: boolean; bold?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: tw(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: opts.borders ? { top: 40, bottom: 40, left: 80, right: 80 } : { top: 0, bottom: 0, left: 0, right: 0 },
    borders: opts.borders ? undefined : { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children,
  });
}

function headerBlock(doc: OfficialDocument): Table {
  const tagline = 'Độc lập - Tự do - Hạnh phúc';
  const issuerLine = doc.issuer.reduce((a, b) => (b.length > a.length ? b : a), '');
  const left = [
    centered(doc.governingBody.toUpperCase(), 12),
    ...doc.issuer.map((line) => centered(line.toUpperCase(), 12, { bold: true })),
    rule(Math.min(HEADER_LEFT_MM, textWidthMm(issuerLine.toUpperCase(), 12, true) * 0.42), HEADER_LEFT_MM, 6),
    centered(numberAndSymbol(doc.number, doc.symbol), 13),
  ];
  const right = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true }),
    centered(tagline, 13, { bold: true }),
    rule(Math.min(HEADER_RIGHT_MM, textWidthMm(tagline, 13, true)), HEADER_RIGHT_MM, 6),
    centered(placeAndDate(doc.place, doc.issuedOn), 13, { italic: true }),
  ];
  return new Table({
    width: { size: tw(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [tw(HEADER_LEFT_MM), tw(HEADER_RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, HEADER_LEFT_MM), cell(right, HEADER_RIGHT_MM)] })],
  });
}

function titleBlock(doc: OfficialDocument): Paragraph[] {
  return [
    centered(doc.kind.toUpperCase(), 14, { bold: true, before: 18 }),
    centered(doc.summary, 14, { bold: true }),
    rule(Math.min(60, textWidthMm(doc.summary, 14, true) * 0.4), TEXT_WIDTH_MM, 12),
  ];
}

const BODY_SPACING = { before: 0, after: 120, line: 300, lineRule: LineRuleType.AUTO } as const;
const FIRST_LINE = tw(12.7);

function tableBlock(block: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const total = block.columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = block.columns.map((c) => (TEXT_WIDTH_MM * (c.width ?? 1)) / total);
  const para = (text: string, column: TableColumn | undefined, bold: boolean, header: boolean) =>
    new Paragraph({
      alignment: header ? AlignmentType.CENTER : column?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text, font: FONT, size: pt(12), bold })],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    children: block.columns.map((c, i) => cell([para(c.header, c, true, true)], widths[i], { borders: true })),
  });
  const bodyRows = block.rows.map(
    (row: ModelCell[]) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) => cell([para(c.text, block.columns[i], Boolean(c.bold), false)], widths[i], { borders: true })),
      }),
  );
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: block.caption, font: FONT, size: pt(13), bold: true, italics: true })],
    }),
    new Table({
      width: { size: tw(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: widths.map(tw),
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      rows: [headerRow, ...bodyRows],
    }),
  ];
  out.push(
    new Paragraph({
      spacing: { before: 60, after: 120 },
      children: block.note ? [new TextRun({ text: block.note, font: FONT, size: pt(12), italics: true })] : [],
    }),
  );
  return out;
}

function bodyBlock(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'part':
      return [centered(block.label, 14, { bold: true, before: 6 }), centered(block.title, 14, { bold: true, after: 6 })];
    case 'heading':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE },
          keepNext: true,
          spacing: BODY_SPACING,
          children: [new TextRun({ text: block.text, font: FONT, size: pt(14), bold: true, italics: block.level === 3 })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE }, spacing: BODY_SPACING, children: runs(block.runs) })];
    case 'item':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE },
          spacing: BODY_SPACING,
          children: runs([{ text: `${block.bullet} ` }, ...block.runs]),
        }),
      ];
    case 'table':
      return tableBlock(block);
  }
}

function closingBlock(doc: OfficialDocument): Table {
  const half = TEXT_WIDTH_MM / 2;
  const line = (text: string, size: number, bold = false, italic = false) =>
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text, font: FONT, size: pt(size), bold, italics: italic })] });
  const recipients = [
    line('Nơi nhận:', 12, true, true),
    ...doc.recipients.map((r, i) => line(`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`, 11)),
  ];
  const sig = doc.signature;
  const signature = [
    ...(sig.authority ? [centered(sig.authority.toUpperCase(), 14, { bold: true })] : []),
    centered(sig.position.toUpperCase(), 14, { bold: true }),
    // Room for the hand signature and the seal.
    ...Array.from({ length: 4 }, () => centered('', 14)),
    centered(sig.signer, 14, { bold: true }),
  ];
  return new Table({
    width: { size: tw(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [tw(half), tw(half)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, half), cell(signature, half)] })],
  });
}

/** The document as the bytes of a .docx file. */
export async function renderOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    subject: doc.summary,
    creator: doc.issuer.join(' '),
    description: numberAndSymbol(doc.number, doc.symbol),
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // A4 in Word's own twips (210 × 297 mm).
            size: { width: 11906, height: 16838 },
            margin: { top: tw(PAGE.top), bottom: tw(PAGE.bottom), left: tw(PAGE.left), right: tw(PAGE.right), header: tw(10), footer: tw(10) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] }),
            ],
          }),
        },
        children: [
          headerBlock(doc),
          ...titleBlock(doc),
          ...doc.body.flatMap(bodyBlock),
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          closingBlock(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
