/**
 * PDF files attached to the demo documents, generated here (nothing is downloaded): the layout of
 * a Vietnamese official document — issuer and number on the left, the national motto (or the
 * Party's name) and place and date on the right, the title, the text, the signature — set in a
 * font with Vietnamese glyphs (lib/documents/pdf.ts). Stored with storeMedia and linked as
 * Attachment rows. Deterministic: the same bytes on every run, so the same storage keys.
 */
import { renderPdf, type PdfBlock } from '@/lib/documents/pdf';
import { documentTypeLabels } from '@/lib/format/labels';
import { storeMedia } from '@/lib/media/store';

import type { SeedClient } from './client';
import type { Body, Doc } from './legal';

export type DocWithFile = Doc & { id: number; fullText: string | null; issuer: Body };

/** Documents that carry their text as a PDF (besides every document with a full text). */
const WITH_PDF = new Set([
  'tt01', 'qd167', 'nq09', 'nd55', 'kl70', 'nd92', 'nd193', 'tt03', 'qd919', 'qd1804', 'qd340', 'ctr31', 'kh62', 'qd1485',
  'cv2150', 'kh-luat-2024', 'qd-khoi-2023', 'bc-tk-2024', 'bc-tk-2025', 'tb-2026', 'qd2380',
]);

/** Second files: a summary or an annex. */
const ANNEXES: Record<string, { title: string; fileName: string; lines: string[] }> = {
  luat2023: {
    title: 'Tài liệu giới thiệu những điểm mới của Luật Hợp tác xã năm 2023',
    fileName: 'Những điểm mới của Luật Hợp tác xã năm 2023.pdf',
    lines: [
      'Mở rộng đối tượng: tổ hợp tác có hợp đồng hợp tác được điều chỉnh trong Luật.',
      'Hợp tác xã có ít nhất 05 thành viên chính thức (trước đây 07 thành viên).',
      'Thành viên gồm thành viên chính thức, thành viên liên kết góp vốn và thành viên liên kết không góp vốn.',
      'Vốn góp của một thành viên chính thức không vượt quá 20% vốn điều lệ của hợp tác xã.',
      'Tài sản không chia và quỹ chung không chia được quản lý, sử dụng theo quy định chặt chẽ hơn.',
      'Chính sách hỗ trợ được thiết kế theo nhu cầu, ưu tiên hợp tác xã có nhiều thành viên và liên kết chuỗi giá trị.',
    ],
  },
  'bc-sk-2023': {
    title: 'Phụ lục: Biểu tổng hợp số liệu hợp tác xã, tổ hợp tác đến ngày 30/6/2023',
    fileName: 'Phụ lục số liệu kèm Báo cáo 64-BC-LMHTX.pdf',
    lines: [
      'Hợp tác xã: 533 (nông nghiệp 468; phi nông nghiệp 45; quỹ tín dụng nhân dân 21).',
      'Liên hiệp hợp tác xã: 03.',
      'Tổ hợp tác: 2.220.',
      'Số liệu chi tiết theo từng huyện, thành phố được tổng hợp từ báo cáo của Ủy ban nhân dân cấp huyện.',
    ],
  },
  tt09: {
    title: 'Phụ lục: Danh mục biểu mẫu đăng ký hợp tác xã',
    fileName: 'Phụ lục biểu mẫu Thông tư 09-2024-TT-BKHĐT.pdf',
    lines: [
      'Mẫu số 01: Giấy đề nghị đăng ký hợp tác xã.',
      'Mẫu số 02: Danh sách thành viên chính thức của hợp tác xã.',
      'Mẫu số 03: Giấy đề nghị đăng ký thay đổi nội dung đăng ký hợp tác xã.',
      'Mẫu số 04: Báo cáo tình hình hoạt động hằng năm của hợp tác xã.',
    ],
  },
};

const PARTY_BODIES = new Set(['bchtw', 'bct', 'bbt', 'tukg', 'tuag']);

/** Official dating: "Hà Nội, ngày 09 tháng 02 năm 2023" (day and months 1–2 padded). */
function placeAndDate(place: string, date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  const month = date.getUTCMonth() + 1;
  return `${place}, ngày ${day} tháng ${month < 3 ? `0${month}` : month} năm ${date.getUTCFullYear()}`;
}

function viDate(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/** The word for the document's kind ("NGHỊ ĐỊNH", "CHƯƠNG TRÌNH", "KẾT LUẬN"). */
function kindWord(d: Doc): string {
  if (d.type !== 'OTHER') return documentTypeLabels[d.type];
  if (/CTr/.test(d.number)) return 'Chương trình';
  if (/KL/.test(d.number)) return 'Kết luận';
  if (/QC/.test(d.number)) return 'Quy chế';
  return 'Văn bản';
}

/** The abstract without its leading kind word, as the title line under "NGHỊ ĐỊNH" reads. */
function titleOf(d: Doc): string {
  const word = kindWord(d);
  const rest = d.abstract.toLowerCase().startsWith(word.toLowerCase() + ' ') ? d.abstract.slice(word.length + 1) : d.abstract;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function lowerFirst(text: string): string {
  return /^[A-ZĐ][a-zà-ỹđ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function attachmentFileName(d: Doc): string {
  return `${kindWord(d)} ${d.number.replace(/\//g, '-')}.pdf`;
}

/** HTML of the editor (p, h3, em, strong) as PDF paragraphs. */
function htmlToBlocks(html: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (const match of html.matchAll(/<(p|h3)>([\s\S]*?)<\/\1>/g)) {
    const [, tag, inner] = match;
    const italic = /^<em>/.test(inner);
    const text = inner.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').trim();
    if (!text) continue;
    blocks.push(tag === 'h3' ? { text, bold: true, spaceBefore: 10 } : { text, indent: 28, italic, spaceBefore: 5 });
  }
  return blocks;
}

/** A long name on two lines, broken at the space nearest the middle. */
function splitInTwo(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  const cut = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best), spaces[0]);
  return [text.slice(0, cut), text.slice(cut + 1)];
}

function headingBlock(d: DocWithFile): PdfBlock {
  const party = PARTY_BODIES.has(d.body);
  const issuerLines = splitInTwo(d.issuer.name.toUpperCase(), 30).map((text) => ({ text, bold: true }));
  return {
    kind: 'columns',
    size: 10.5,
    left: [...issuerLines, { text: party ? '*' : '———' }, { text: `Số: ${d.number}` }],
    right: party
      ? [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true }, { text: '' }, { text: placeAndDate(d.issuer.place, d.issued) }]
      : [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }, { text: 'Độc lập - Tự do - Hạnh phúc', bold: true }, { text: placeAndDate(d.issuer.place, d.issued) }],
  };
}

function signatureBlocks(d: DocWithFile): PdfBlock[] {
  const role = d.body === 'qh' ? 'CHỦ TỊCH QUỐC HỘI' : d.body === 'cp' || d.body === 'ttg' ? 'THỦ TƯỚNG' : PARTY_BODIES.has(d.body) ? 'T/M BAN CHẤP HÀNH' : `TM. ${d.issuer.name.toUpperCase()}`;
  return [
    { text: role, bold: true, align: 'right', spaceBefore: 22, size: 11 },
    { text: '(Đã ký)', italic: true, align: 'right', size: 11 },
    { text: d.signer ?? '', bold: true, align: 'right', spaceBefore: 26, size: 11 },
    { text: 'Bản điện tử đăng trên Cổng thông tin để tra cứu; không thay thế văn bản gốc có chữ ký và con dấu.', size: 9, italic: true, spaceBefore: 30 },
  ];
}

export function documentPdf(d: DocWithFile): Uint8Array {
  const body: PdfBlock[] = d.fullText
    ? htmlToBlocks(d.fullText)
    : [
        { text: `Căn cứ chức năng, nhiệm vụ và quyền hạn của ${d.issuer.name};`, italic: true, indent: 28, spaceBefore: 5 },
        { text: `Nội dung chính: ${lowerFirst(titleOf(d))}.`, indent: 28, spaceBefore: 5 },
        {
          text: 'Các cơ quan, đơn vị, hợp tác xã, tổ hợp tác và tổ chức, cá nhân có liên quan căn cứ nội dung văn bản để tổ chức thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về cơ quan ban hành để được hướng dẫn.',
          indent: 28,
          spaceBefore: 5,
        },
        { text: `Văn bản có hiệu lực kể từ ngày ${viDate(d.effective ?? d.issued)}${d.expired ? ` đến hết ngày trước ngày ${viDate(d.expired)}` : ''}.`, indent: 28, spaceBefore: 5 },
      ];
  return renderPdf({
    title: `${kindWord(d)} ${d.number}`,
    author: d.issuer.name,
    subject: d.abstract,
    createdOn: d.issued,
    blocks: [
      headingBlock(d),
      { text: kindWord(d).toUpperCase(), size: 14, bold: true, align: 'center', spaceBefore: 26 },
      { text: titleOf(d), size: 12.5, bold: true, align: 'center', spaceBefore: 2 },
      ...body,
      ...signatureBlocks(d),
    ],
  });
}

function annexPdf(d: DocWithFile, annex: (typeof ANNEXES)[string]): Uint8Array {
  return renderPdf({
    title: annex.title,
    author: d.issuer.name,
    createdOn: d.issued,
    blocks: [
      { text: annex.title.toUpperCase(), size: 13, bold: true, align: 'center' },
      { text: `(Kèm theo ${kindWord(d)} số ${d.number} ngày ${viDate(d.issued)} của ${d.issuer.name})`, italic: true, align: 'center', size: 11, spaceBefore: 4 },
      ...annex.lines.map((text, i): PdfBlock => ({ text: `${i + 1}. ${text}`, indent: 0, spaceBefore: 8 })),
    ],
  });
}

/** Generates, stores and links the PDFs; returns how many attachments were made. */
export async function seedLegalAttachments(db: SeedClient, docs: DocWithFile[]): Promise<number> {
  let count = 0;
  for (const d of docs) {
    if (!d.fullText && !WITH_PDF.has(d.key)) continue;
    const files = [{ title: 'Toàn văn văn bản (bản PDF)', fileName: attachmentFileName(d), bytes: documentPdf(d) }];
    const annex = ANNEXES[d.key];
    if (annex) files.push({ title: annex.title, fileName: annex.fileName, bytes: annexPdf(d, annex) });
    for (const [ordinal, file] of files.entries()) {
      const media = await storeMedia(db, { bytes: file.bytes, fileName: file.fileName, mimeType: 'application/pdf' });
      await db.attachment.create({ data: { mediaId: media.id, legalDocumentId: d.id, title: file.title, ordinal } });
      count++;
    }
  }
  return count;
}
