/**
 * An administrative document (văn bản hành chính) as data, in the parts Decree 30/2020/NĐ-CP
 * (Phụ lục I) names: issuing body, national motto, number and symbol, place and date, type and
 * summary, body, signature, recipients. One model feeds the .docx (layout.ts), the printable
 * page and the workbook, so the three never disagree on a figure.
 *
 * Pure data and small text helpers: no database, no React.
 */

/** A run of text inside a paragraph. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

export type Block =
  /** "Phần thứ nhất" and its title: centred, bold. */
  | { type: 'part'; label: string; title: string }
  /** "I. TÌNH HÌNH KINH TẾ TẬP THỂ" (level 1), "1. Hợp tác xã" (level 2), "a) …" (level 3). */
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** Body text: justified, first line indented. */
  | { type: 'paragraph'; runs: Run[] }
  /** A list line ("- …" or "+ …"), indented like body text. */
  | { type: 'item'; bullet: '-' | '+' | '*'; runs: Run[] }
  | { type: 'table'; id: string; caption: string; columns: TableColumn[]; rows: TableCell[][]; note?: string };

export type TableColumn = {
  header: string;
  /** Numbers are right-aligned and written as numbers in the workbook. */
  numeric?: boolean;
  /** Relative width (the first column usually wider). */
  width?: number;
  /** Excel number format for the workbook ("#,##0", "0.0%"). */
  numFmt?: string;
};

/** A cell: text shown as is; `value` is the number behind it for the workbook. */
export type TableCell = { text: string; value?: number; bold?: boolean };

export type Signature = {
  /** "KT. CHỦ TỊCH" when a deputy signs for the head; null when the head signs. */
  authority: string | null;
  /** "PHÓ CHỦ TỊCH", "CHỦ TỊCH". */
  position: string;
  signer: string;
};

export type OfficialDocument = {
  /** The governing body (cơ quan chủ quản), e.g. "UBND TỈNH KIÊN GIANG"; not bold. */
  governingBody: string;
  /** The issuing body, one entry per printed line, e.g. ["LIÊN MINH HỢP TÁC XÃ", "TỈNH KIÊN GIANG"]. */
  issuer: string[];
  /** 23 (a number under 10 is printed with a leading zero); null: left blank for the records office. */
  number: number | null;
  /** "BC-LM". */
  symbol: string;
  /** Place name before the date: "Kiên Giang". */
  place: string;
  /** Date of issue, "YYYY-MM-DD". */
  issuedOn: string;
  /** "BÁO CÁO". */
  kind: string;
  /** The summary line (trích yếu) under the type. */
  summary: string;
  body: Block[];
  /** Lines after "Nơi nhận:" without the leading "- " and trailing ";". The last is "Lưu: VT". */
  recipients: string[];
  signature: Signature;
  /** Document properties (file metadata). */
  title: string;
};

/** "Số: 23/BC-LM"; numbers under 10 get a leading zero as the decree asks ("05/BC-LM"). */
export function numberAndSymbol(number: number | null, symbol: string): string {
  return `Số: ${number === null ? '\u00A0'.repeat(6) : String(number).padStart(2, '0')}/${symbol}`;
}

/**
 * "Kiên Giang, ngày 30 tháng 6 năm 2023". The decree writes days under 10 and the months 1 and 2
 * with a leading zero ("ngày 05 tháng 02 năm 2023") and no other month.
 */
export function placeAndDate(place: string, isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Plain text of a block's runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Text paragraphs (a blank line between paragraphs) → body blocks: how staff's editable text enters the document. */
export function paragraphsFromText(text: string): Block[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const bullet = /^([-+*])\s+/.exec(line);
      if (bullet) return { type: 'item', bullet: bullet[1] as '-' | '+' | '*', runs: [{ text: line.slice(bullet[0].length) }] } as const;
      return { type: 'paragraph', runs: [{ text: line }] } as const;
    });
}
