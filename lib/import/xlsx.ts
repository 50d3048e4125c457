/**
 * Reading an .xlsx safely. An .xlsx is a zip of XML parts; before exceljs parses anything, every
 * part is inflated once with a hard cap on the total output, so a "zip bomb" (a few MB that expand
 * to gigabytes) is refused after at most the cap, and a zip that is not a workbook (no
 * [Content_Types].xml and xl/workbook.xml) is refused before any XML is parsed.
 *
 * Cells become text: rich text joined, hyperlinks as their text, dates as dd/mm/yyyy, numbers as
 * plain digits (no exponent, no grouping). Formulas are never evaluated: the value Excel computed
 * and saved is used, and a formula saved without one is a cell error the user has to fix.
 */
import { inflateRawSync } from 'node:zlib';

import ExcelJS from 'exceljs';

import { IMPORT_LIMITS } from './limits';
import { cleanCellText, type CellNote, type ParsedSheet } from './sheet';

export class XlsxRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxRejectedError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Walks the zip's central directory and inflates every entry with a cap on the total output.
 * Returns the entry names. Throws XlsxRejectedError with a Vietnamese message.
 */
export function checkXlsxZip(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = () => new XlsxRejectedError('Tệp Excel bị hỏng hoặc không đầy đủ (không đọc được cấu trúc tệp nén). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi tải lên lại.');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) {
    throw new XlsxRejectedError('Tệp Excel quá lớn hoặc có cấu trúc không được hỗ trợ (ZIP64).');
  }
  if (entries > IMPORT_LIMITS.maxZipEntries) throw new XlsxRejectedError('Tệp Excel có cấu trúc bất thường (quá nhiều thành phần).');
  if (cdOffset + cdSize > buf.length) throw broken();

  const names: string[] = [];
  let budget = IMPORT_LIMITS.maxUnzippedBytes;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw broken();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const declaredSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    names.push(name);

    if (flags & 0x1) throw new XlsxRejectedError('Tệp Excel được đặt mật khẩu hoặc mã hóa: hãy gỡ mật khẩu rồi tải lên lại.');
    if (declaredSize > budget) throw bomb();
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) throw broken();
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (start + compressedSize > buf.length) throw broken();
    const data = buf.subarray(start, start + compressedSize);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
        throw broken();
      }
    } else throw new XlsxRejectedError('Tệp Excel dùng kiểu nén không được hỗ trợ: hãy mở bằng Excel và lưu lại dạng .xlsx.');
    if (size > budget) throw bomb();
    budget -= size;
  }
  if (!names.includes('[Content_Types].xml') || !names.includes('xl/workbook.xml')) {
    throw new XlsxRejectedError('Tệp nén này không phải bảng tính Excel (.xlsx): thiếu các thành phần của một sổ tính.');
  }
  return names;
}

function bomb(): XlsxRejectedError {
  return new XlsxRejectedError(
    `Tệp Excel giải nén ra quá lớn (hơn ${Math.round(IMPORT_LIMITS.maxUnzippedBytes / 1024 / 1024)} MB): tệp có thể bị hỏng hoặc được tạo bất thường. Hãy lưu lại chỉ phần dữ liệu cần nhập.`,
  );
}

// ───────────────────────────── Cells ─────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

/** A date-only cell (Excel stores days; exceljs gives UTC midnight) as dd/mm/yyyy. */
export function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A number as plain text: integers in full digits (never 1.5e+21), others as JavaScript writes them. */
export function numberCellText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : BigInt(n).toString();
  return String(n);
}

type Scalar = { text: string; error?: string; formula?: 'computed' | 'missing' };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

export function cellText(value: unknown): Scalar {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberCellText(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateCellText(value) };
  if (isObject(value)) {
    if (Array.isArray(value.richText)) {
      return { text: value.richText.map((r) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('') };
    }
    if ('formula' in value || 'sharedFormula' in value) {
      if (!('result' in value) || value.result === undefined || value.result === null) return { text: '', formula: 'missing' };
      const inner = cellText(value.result);
      return { ...inner, formula: 'computed' };
    }
    if (typeof value.error === 'string') return { text: '', error: value.error };
    if ('text' in value) return cellText(value.text);
    if ('hyperlink' in value && typeof value.hyperlink === 'string') return { text: value.hyperlink };
  }
  return { text: '' };
}

// ───────────────────────────── Workbook ─────────────────────────────

type XlsxResult = { sheets: ParsedSheet[]; formulaCells: number };

/** Reads the visible sheets of a checked .xlsx (see checkXlsxZip) into text. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new XlsxRejectedError('Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx (không đọc được nội dung). Hãy mở bằng Excel, lưu lại rồi tải lên lại.');
  }
  if (workbook.worksheets.length > IMPORT_LIMITS.maxSheets) {
    throw new XlsxRejectedError(`Tệp Excel có quá nhiều trang tính (tối đa ${IMPORT_LIMITS.maxSheets}).`);
  }
  const maxRow = IMPORT_LIMITS.maxRows + 50;
  const sheets: ParsedSheet[] = [];
  let formulaCells = 0;
  for (const ws of workbook.worksheets) {
    // Hidden sheets hold lists (the template's communes), not data to import.
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const rows: string[][] = [];
    const notes: CellNote[] = [];
    let cutColumns = false;
    let tooMany = false;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (tooMany) return;
      if (rowNumber > maxRow) {
        tooMany = true;
        return;
      }
      const r = rowNumber - 1;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        if (c >= IMPORT_LIMITS.maxColumns) {
          cutColumns = true;
          return;
        }
        const scalar = cellText(cell.value);
        let text = cleanCellText(scalar.text);
        if (scalar.formula === 'computed') formulaCells++;
        if (scalar.formula === 'missing') {
          notes.push({ row: r, col: c, level: 'error', text: 'Ô chứa công thức nhưng tệp không lưu giá trị đã tính: hãy chép rồi dán giá trị (Dán đặc biệt → Giá trị).' });
        }
        if (scalar.error) notes.push({ row: r, col: c, level: 'error', text: `Ô có lỗi công thức (${scalar.error}).` });
        if (text.length > IMPORT_LIMITS.maxCellChars) {
          notes.push({
            row: r,
            col: c,
            level: 'error',
            text: `Ô quá dài (${text.length.toLocaleString('vi-VN')} ký tự; tối đa ${IMPORT_LIMITS.maxCellChars.toLocaleString('vi-VN')}).`,
          });
          text = text.slice(0, IMPORT_LIMITS.maxCellChars);
        }
        while (cells.length < c) cells.push('');
        cells[c] = text;
      });
      while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
      while (rows.length < r) rows.push([]);
      rows[r] = cells;
    });
    if (tooMany) {
      throw new XlsxRejectedError(
        `Trang tính “${ws.name}” có hơn ${IMPORT_LIMITS.maxRows.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia thành nhiều tệp nhỏ hơn.`,
      );
    }
    if (cutColumns) notes.push({ row: 0, col: IMPORT_LIMITS.maxColumns, level: 'warning', text: `Chỉ đọc ${IMPORT_LIMITS.maxColumns} cột đầu tiên.` });
    sheets.push({ name: ws.name, rows, notes });
  }
  return { sheets, formulaCells };
}
