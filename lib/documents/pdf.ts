/**
 * A small PDF writer for the demo attachments (the scanned "bản PDF" a portal offers beside a
 * document's text): A4 pages of wrapped text, with Vietnamese diacritics.
 *
 * The PDF standard fonts (Helvetica, Times) have no glyphs for Vietnamese letters such as ặ, ữ, ỵ,
 * so the text is set in Geist Regular — a TrueType font (SIL Open Font License) that ships inside
 * the `next` package (next/dist/compiled/@vercel/og/Geist-Regular.ttf) and covers Vietnamese. It is
 * embedded as a subset (only the glyphs used, other glyph slots emptied) as a CIDFontType2 font
 * with Identity-H encoding and a ToUnicode map, so the text can be searched and copied. If that
 * file ever disappears, the writer falls back to Helvetica with the diacritics stripped.
 *
 * Deterministic: the same input gives the same bytes (no clock, no random IDs), as the seed needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

// ── TrueType ──

type TableRecord = { offset: number; length: number };

/** The parts of a TrueType font a PDF needs: metrics, the Unicode map, and glyph subsetting. */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: [number, number, number, number];
  readonly numGlyphs: number;
  private readonly tables = new Map<string, TableRecord>();
  private readonly view: DataView;
  private readonly cmap = new Map<number, number>();
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;

  constructor(private readonly bytes: Buffer) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const numTables = this.u16(4);
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      this.tables.set(bytes.toString('latin1', rec, rec + 4), { offset: this.u32(rec + 8), length: this.u32(rec + 12) });
    }
    for (const tag of ['head', 'hhea', 'hmtx', 'maxp', 'loca', 'glyf', 'cmap']) {
      if (!this.tables.has(tag)) throw new Error(`TrueType font without a ${tag} table`);
    }
    const head = this.table('head').offset;
    this.unitsPerEm = this.u16(head + 18);
    this.bbox = [this.i16(head + 36), this.i16(head + 38), this.i16(head + 40), this.i16(head + 42)];
    this.longLoca = this.i16(head + 50) === 1;
    const hhea = this.table('hhea').offset;
    this.ascent = this.i16(hhea + 4);
    this.descent = this.i16(hhea + 6);
    this.numberOfHMetrics = this.u16(hhea + 34);
    this.numGlyphs = this.u16(this.table('maxp').offset + 4);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && this.u16(os2.offset) >= 2 ? this.i16(os2.offset + 88) : Math.round(this.ascent * 0.7);
    this.readCmap();
  }

  private u16(at: number) {
    return this.view.getUint16(at);
  }
  private i16(at: number) {
    return this.view.getInt16(at);
  }
  private u32(at: number) {
    return this.view.getUint32(at);
  }
  private table(tag: string): TableRecord {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`no ${tag} table`);
    return t;
  }

  /** Reads the Windows Unicode BMP subtable (format 4), which every text font has. */
  private readCmap() {
    const base = this.table('cmap').offset;
    const count = this.u16(base + 2);
    let sub = -1;
    for (let i = 0; i < count; i++) {
      const platform = this.u16(base + 4 + i * 8);
      const encoding = this.u16(base + 6 + i * 8);
      const offset = this.u32(base + 8 + i * 8);
      if (this.u16(base + offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) sub = base + offset;
    }
    if (sub < 0) throw new Error('TrueType font without a Unicode (format 4) cmap');
    const segX2 = this.u16(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const rangeOffsets = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const start = this.u16(starts + s * 2);
      const end = this.u16(ends + s * 2);
      const delta = this.i16(deltas + s * 2);
      const ro = this.u16(rangeOffsets + s * 2);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let glyph: number;
        if (ro === 0) glyph = (cp + delta) & 0xffff;
        else {
          const g = this.u16(rangeOffsets + s * 2 + ro + (cp - start) * 2);
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph) this.cmap.set(cp, glyph);
      }
    }
  }

  glyphOf(codePoint: number): number {
    return this.cmap.get(codePoint) ?? 0;
  }

  /** Advance width in font units. */
  advance(glyph: number): number {
    const hmtx = this.table('hmtx').offset;
    const i = Math.min(glyph, this.numberOfHMetrics - 1);
    return this.u16(hmtx + i * 4);
  }

  private glyphRange(glyph: number): [number, number] {
    const loca = this.table('loca').offset;
    return this.longLoca
      ? [this.u32(loca + glyph * 4), this.u32(loca + glyph * 4 + 4)]
      : [this.u16(loca + glyph * 2) * 2, this.u16(loca + glyph * 2 + 2) * 2];
  }

  /** Glyphs a composite glyph is built from (accented letters often are base + accent). */
  private components(glyph: number): number[] {
    const [start, end] = this.glyphRange(glyph);
    if (end <= start) return [];
    const glyf = this.table('glyf').offset + start;
    if (this.i16(glyf) >= 0) return [];
    const out: number[] = [];
    let at = glyf + 10;
    for (;;) {
      const flags = this.u16(at);
      out.push(this.u16(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
    return out;
  }

  /**
   * A copy of the font whose glyf table keeps only `used` glyphs (with their components and the
   * .notdef glyph); the other glyph slots are emptied, so glyph ids — and the PDF's text — stay valid.
   */
  subset(used: Iterable<number>): Buffer {
    const keep = new Set<number>([0]);
    const queue = [...used];
    while (queue.length) {
      const g = queue.pop()!;
      if (keep.has(g) && g !== 0) continue;
      keep.add(g);
      for (const c of this.components(g)) if (!keep.has(c)) queue.push(c);
    }
    const glyfBase = this.table('glyf').offset;
    const parts: Buffer[] = [];
    const loca = Buffer.alloc((this.numGlyphs + 1) * 4);
    let offset = 0;
    for (let g = 0; g < this.numGlyphs; g++) {
      loca.writeUInt32BE(offset, g * 4);
      if (!keep.has(g)) continue;
      const [start, end] = this.glyphRange(g);
      if (end <= start) continue;
      const data = this.bytes.subarray(glyfBase + start, glyfBase + end);
      const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
      data.copy(padded);
      parts.push(padded);
      offset += padded.length;
    }
    loca.writeUInt32BE(offset, this.numGlyphs * 4);

    const head = Buffer.from(this.slice('head'));
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    head.writeInt16BE(1, 50); // long loca offsets
    const tables = new Map<string, Buffer>([
      ['glyf', Buffer.concat(parts)],
      ['head', head],
      ['hhea', this.slice('hhea')],
      ['hmtx', this.slice('hmtx')],
      ['loca', loca],
      ['maxp', this.slice('maxp')],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep', 'OS/2', 'cmap']) if (this.tables.has(tag)) tables.set(tag, this.slice(tag));
    return buildSfnt(tables);
  }

  private slice(tag: string): Buffer {
    const t = this.table(tag);
    return this.bytes.subarray(t.offset, t.offset + t.length);
  }
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function buildSfnt(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - searchRange, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const rec = 12 + i * 16;
    header.write(tag, rec, 'latin1');
    header.writeUInt32BE(checksum(data), rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(data.length, rec + 12);
    if (tag === 'head') headOffset = offset;
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

let cachedFont: TrueTypeFont | null | undefined;

/** Geist Regular from the `next` package, or null when it cannot be found. */
export function loadVietnameseFont(): TrueTypeFont | null {
  if (cachedFont !== undefined) return cachedFont;
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(require.resolve('next/package.json')), 'dist/compiled/@vercel/og/Geist-Regular.ttf'));
  } catch {
    // resolved from the working directory below
  }
  candidates.push(path.join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf'));
  for (const file of candidates) {
    try {
      cachedFont = new TrueTypeFont(readFileSync(file));
      return cachedFont;
    } catch {
      // try the next place
    }
  }
  cachedFont = null;
  return null;
}

// ── Layout ──

export type PdfBlock =
  | {
      kind?: 'text';
      text: string;
      size?: number;
      align?: 'left' | 'center' | 'right';
      /** Simulated bold (fill and stroke), the one regular font having no bold cut. */
      bold?: boolean;
      italic?: boolean;
      /** Indent of the first line, in points (official documents indent paragraphs). */
      indent?: number;
      spaceBefore?: number;
    }
  /** Two columns side by side, each line centred in its half: the heading of an official document. */
  | { kind: 'columns'; left: { text: string; bold?: boolean }[]; right: { text: string; bold?: boolean }[]; size?: number; spaceBefore?: number };

export type PdfInput = {
  title: string;
  author?: string;
  subject?: string;
  /** Written as the file's creation date (a fixed date keeps the bytes deterministic). */
  createdOn: Date;
  blocks: PdfBlock[];
};

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_LEFT = 85; // 30 mm, as official documents
const MARGIN_RIGHT = 57;
const MARGIN_TOP = 57;
const MARGIN_BOTTOM = 62;
const LINE = 1.45;

type Run = { text: string; x: number; y: number; size: number; bold: boolean; italic: boolean };

type FontAdapter = {
  width(text: string, size: number): number;
  encode(text: string): string;
  used: Set<number>;
};

function fontAdapter(font: TrueTypeFont | null): FontAdapter {
  const used = new Set<number>();
  if (!font) {
    return {
      used,
      // Helvetica averages about half an em per character; wrapping only needs an estimate.
      width: (text, size) => text.length * size * 0.52,
      encode: (text) =>
        `(${stripDiacritics(text)
          .replace(/[^\x20-\x7e]/g, '?')
          .replace(/[\\()]/g, (c) => `\\${c}`)})`,
    };
  }
  const glyphs = (text: string) => [...text.normalize('NFC')].map((ch) => font.glyphOf(ch.codePointAt(0)!) || font.glyphOf(0x3f));
  return {
    used,
    width: (text, size) => glyphs(text).reduce((w, g) => w + font.advance(g), 0) * (size / font.unitsPerEm),
    encode: (text) => {
      const ids = glyphs(text);
      for (const g of ids) used.add(g);
      return `<${ids.map((g) => g.toString(16).padStart(4, '0')).join('')}>`;
    },
  };
}

/** "Nghị định" → "Nghi dinh", for the Helvetica fallback. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function wrap(text: string, maxWidth: number, firstIndent: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let limit = maxWidth - firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= limit || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
      limit = maxWidth;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

function layout(blocks: PdfBlock[], fa: FontAdapter): Run[][] {
  const pages: Run[][] = [[]];
  const contentWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  let y = PAGE_HEIGHT - MARGIN_TOP;
  const newLine = (size: number, spaceBefore = 0) => {
    y -= spaceBefore + size * LINE;
    if (y < MARGIN_BOTTOM) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN_TOP - size * LINE;
    }
  };
  for (const block of blocks) {
    if (block.kind === 'columns') {
      const size = block.size ?? 11;
      const half = contentWidth / 2;
      const rows = Math.max(block.left.length, block.right.length);
      for (let i = 0; i < rows; i++) {
        newLine(size, i === 0 ? (block.spaceBefore ?? 0) : 0);
        const page = pages[pages.length - 1];
        for (const [cell, x0] of [
          [block.left[i], MARGIN_LEFT - 20],
          [block.right[i], MARGIN_LEFT + half - 10],
        ] as const) {
          if (!cell) continue;
          const w = fa.width(cell.text, size);
          page.push({ text: cell.text, x: x0 + (half + 30 - w) / 2, y, size, bold: cell.bold ?? false, italic: false });
        }
      }
      continue;
    }
    const size = block.size ?? 12;
    const indent = block.indent ?? 0;
    const lines = wrap(block.text, contentWidth, indent, (s) => fa.width(s, size));
    lines.forEach((text, i) => {
      newLine(size, i === 0 ? (block.spaceBefore ?? 0) : 0);
      const w = fa.width(text, size);
      const x =
        block.align === 'center'
          ? MARGIN_LEFT + (contentWidth - w) / 2
          : block.align === 'right'
            ? PAGE_WIDTH - MARGIN_RIGHT - w
            : MARGIN_LEFT + (i === 0 ? indent : 0);
      pages[pages.length - 1].push({ text, x, y, size, bold: block.bold ?? false, italic: block.italic ?? false });
    });
  }
  return pages;
}

// ── PDF objects ──

function pdfString(text: string): string {
  // UTF-16BE with a byte-order mark: the form PDF uses for text strings outside Latin-1.
  return `<feff${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;
}

function pdfDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}000000Z)`;
}

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

function toUnicodeCMap(font: TrueTypeFont, used: Set<number>): string {
  const reverse = new Map<number, number>();
  for (let cp = 0x20; cp <= 0xffff; cp++) {
    const g = font.glyphOf(cp);
    if (g && used.has(g) && !reverse.has(g)) reverse.set(g, cp);
  }
  const entries = [...reverse.entries()].sort((a, b) => a[0] - b[0]);
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map(([g, cp]) => `<${hex4(g)}> <${hex4(cp)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Renders the blocks on A4 pages and returns the PDF file's bytes. */
export function renderPdf(input: PdfInput): Uint8Array {
  const font = loadVietnameseFont();
  const fa = fontAdapter(font);
  const pages = layout(input.blocks, fa);

  const objects: (Buffer | string)[] = [];
  const reserve = () => objects.push('');
  const set = (id: number, body: Buffer | string) => {
    objects[id - 1] = body;
  };
  const stream = (dict: string, data: Buffer) =>
    Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

  // 1 catalog, 2 page tree, 3 info, 4 font; pages and their contents follow, font files last.
  for (let i = 0; i < 4; i++) reserve();
  const pageIds: number[] = [];
  pages.forEach((runs, index) => {
    const ops: string[] = [];
    for (const r of runs) {
      const skew = r.italic ? ' 0.2' : ' 0';
      ops.push(`BT /F1 ${fmt(r.size)} Tf ${r.bold ? `2 Tr ${fmt(r.size / 30)} w` : '0 Tr'} 1 0${skew} 1 ${fmt(r.x)} ${fmt(r.y)} Tm ${fa.encode(r.text)} Tj ET`);
    }
    const footer = `Trang ${index + 1}/${pages.length}`;
    const fw = fa.width(footer, 9);
    ops.push(`BT /F1 9 Tf 0 Tr 0.4 g 1 0 0 1 ${fmt((PAGE_WIDTH - fw) / 2)} ${fmt(MARGIN_BOTTOM - 30)} Tm ${fa.encode(footer)} Tj ET`);
    reserve();
    const contentId = objects.length;
    set(contentId, stream('/Filter /FlateDecode', deflateSync(Buffer.from(ops.join('\n'), 'latin1'))));
    reserve();
    const pageId = objects.length;
    set(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    pageIds.push(pageId);
  });

  if (font) {
    const used = new Set([...fa.used].sort((a, b) => a - b));
    // A subset's name starts with six capital letters derived from its glyphs (PDF 32000 §9.6.4).
    let h = 0;
    for (const g of used) h = (Math.imul(h, 31) + g) >>> 0;
    const tag = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + ((h >>> (i * 5)) % 26))).join('');
    const baseFont = `${tag}+Geist-Regular`;
    const scale = (v: number) => Math.round((v * 1000) / font.unitsPerEm);
    const program = font.subset(used);
    reserve();
    const fileId = objects.length;
    set(fileId, stream(`/Filter /FlateDecode /Length1 ${program.length}`, deflateSync(program)));
    reserve();
    const descriptorId = objects.length;
    set(
      descriptorId,
      `<< /Type /FontDescriptor /FontName /${baseFont} /Flags 32 /FontBBox [${font.bbox.map(scale).join(' ')}] /ItalicAngle 0 /Ascent ${scale(font.ascent)} /Descent ${scale(font.descent)} /CapHeight ${scale(font.capHeight)} /StemV 80 /FontFile2 ${fileId} 0 R >>`,
    );
    const widths = [...used].map((g) => `${g} [${scale(font.advance(g))}]`).join(' ');
    reserve();
    const cidId = objects.length;
    set(
      cidId,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /DW 500 /W [${widths}] /CIDToGIDMap /Identity >>`,
    );
    reserve();
    const cmapId = objects.length;
    set(cmapId, stream('/Filter /FlateDecode', deflateSync(Buffer.from(toUnicodeCMap(font, used), 'latin1'))));
    set(4, `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H /DescendantFonts [${cidId} 0 R] /ToUnicode ${cmapId} 0 R >>`);
  } else {
    set(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  }

  set(1, '<< /Type /Catalog /Pages 2 0 R /Lang (vi-VN) >>');
  set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const info = [
    `/Title ${pdfString(input.title)}`,
    input.author ? `/Author ${pdfString(input.author)}` : '',
    input.subject ? `/Subject ${pdfString(input.subject)}` : '',
    `/Producer ${pdfString('Cổng thông tin Liên minh Hợp tác xã tỉnh')}`,
    `/CreationDate ${pdfDate(input.createdOn)}`,
  ]
    .filter(Boolean)
    .join(' ');
  set(3, `<< ${info} >>`);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(bytes);
    length += bytes.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>`,
    'startxref',
    String(length),
    '%%EOF\n',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
