/**
 * An uploaded file → sheets of text, judged by its content, never by its name: an .xlsx is a zip
 * holding a workbook (file-type recognises it, then the zip is checked part by part), a CSV is
 * text in one of the encodings Vietnamese offices use. Everything else, and everything broken or
 * hostile, is a ReadResult with a Vietnamese message; this module never throws for bad input.
 */
import { fileTypeFromBuffer } from 'file-type';

import { CsvTooLargeError, parseCsv } from './csv';
import { decodeTextFile, detectLegacyText, tcvn3FromCp1252Text, type DecodedText } from './encoding';
import { IMPORT_LIMITS, MAX_FILE_LABEL } from './limits';
import { isBlankRow, type ParsedSheet, type ReadResult } from './sheet';
import { checkXlsxZip, readXlsx, XlsxRejectedError } from './xlsx';

const KNOWN_TYPES: Record<string, string> = {
  cfb: 'Tệp Excel 97–2003 (.xls) chưa được hỗ trợ: hãy mở bằng Excel và lưu lại dạng “Sổ làm việc Excel (.xlsx)” hoặc CSV UTF-8.',
  ods: 'Tệp OpenDocument (.ods) chưa được hỗ trợ: hãy lưu lại dạng .xlsx hoặc CSV UTF-8.',
  docx: 'Đây là tệp Word (.docx), không phải bảng tính: hãy dùng tệp Excel (.xlsx) hoặc CSV.',
  pptx: 'Đây là tệp PowerPoint (.pptx), không phải bảng tính: hãy dùng tệp Excel (.xlsx) hoặc CSV.',
  pdf: 'Đây là tệp PDF, không phải bảng tính: hãy dùng tệp Excel (.xlsx) hoặc CSV.',
};

const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';

function hasTextBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function isCleanText(bytes: Uint8Array): boolean {
  try {
    const { text } = decodeTextFile(bytes.subarray(0, 65_536 - (65_536 % 2)));
    return !/[\u0000-\u0008\u000e-\u001a]/.test(text);
  } catch {
    return false;
  }
}

function fail(message: string): ReadResult {
  return { ok: false, message };
}

/** Legacy-encoded Vietnamese inside Unicode cells (an old .VnTime workbook): converted or refused. */
function fixLegacyText(sheets: ParsedSheet[], warnings: string[]): string | null {
  for (const sheet of sheets) {
    const sample = sheet.rows
      .flat()
      .filter((c) => /\p{L}/u.test(c))
      .join(' ')
      .slice(0, 200_000);
    const legacy = detectLegacyText(sample);
    if (legacy === 'vni-or-unknown') {
      return `Chữ tiếng Việt trong trang tính “${sheet.name}” dùng bảng mã cũ (VNI hoặc bảng mã khác Unicode) nên không đọc đúng được. Hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã → Đích: Unicode) rồi tải lên lại.`;
    }
    if (legacy === 'tcvn3') {
      sheet.rows = sheet.rows.map((row) => row.map((c) => tcvn3FromCp1252Text(c)));
      warnings.push(
        `Trang tính “${sheet.name}” dùng bảng mã TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode. Chữ hoa có dấu có thể thành chữ thường; hãy kiểm tra kỹ bản xem trước.`,
      );
    }
  }
  return null;
}

export async function readSpreadsheet(input: Uint8Array, fileName: string): Promise<ReadResult> {
  const bytes = input;
  if (bytes.length === 0) return fail('Tệp rỗng (0 byte): hãy chọn đúng tệp danh sách.');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    return fail(`Tệp quá lớn (${(bytes.length / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB; tối đa ${MAX_FILE_LABEL}). Hãy chia thành nhiều tệp nhỏ hơn.`);
  }
  const ext = extensionOf(fileName);
  let type: { ext: string; mime: string } | undefined;
  try {
    // Text with a byte-order mark is text (the UTF-16 mark also reads as an MPEG audio frame).
    type = hasTextBom(bytes) ? undefined : await fileTypeFromBuffer(bytes);
  } catch {
    // A malformed container that even detection refuses: judged below as unknown binary.
    type = { ext: 'unknown', mime: 'application/octet-stream' };
  }
  // MPEG audio has a two-byte signature that UTF-16 text without a mark can match.
  if (type?.mime === 'audio/mpeg' && isCleanText(bytes)) type = undefined;

  const warnings: string[] = [];
  if (type && (type.ext === 'xlsx' || type.ext === 'zip')) {
    try {
      checkXlsxZip(bytes);
      const { sheets, formulaCells } = await readXlsx(bytes);
      if (formulaCells > 0) {
        warnings.push(`Tệp có ${formulaCells.toLocaleString('vi-VN')} ô chứa công thức: đã dùng giá trị Excel đã tính và lưu trong tệp (công thức không được tính lại).`);
      }
      const usable = sheets.filter((s) => s.rows.some((r) => !isBlankRow(r)));
      if (usable.length === 0) return fail('Tệp Excel không có dữ liệu: mọi trang tính đều trống.');
      const legacy = fixLegacyText(usable, warnings);
      if (legacy) return fail(legacy);
      return { ok: true, format: 'xlsx', sheets: usable, warnings };
    } catch (error) {
      if (error instanceof XlsxRejectedError) return fail(error.message);
      // exceljs failing inside a workbook it could open: malformed content, not a server fault.
      return fail('Tệp Excel có nội dung không đọc được (tệp có thể bị hỏng hoặc tạo bằng phần mềm không tương thích). Hãy mở bằng Excel, lưu lại dạng .xlsx rồi tải lên lại.');
    }
  }
  if (type) {
    if (KNOWN_TYPES[type.ext]) return fail(KNOWN_TYPES[type.ext]);
    return fail(`Nội dung tệp không phải bảng tính (nhận ra là ${type.mime}): hãy dùng tệp Excel (.xlsx) hoặc CSV.`);
  }

  // No binary signature: text, if it decodes as text.
  if (ext === 'xlsx' || ext === 'xls' || ext === 'xlsm') {
    return fail(`Tệp có đuôi .${ext} nhưng nội dung không phải tệp Excel. Nếu đây là tệp CSV, hãy đặt lại đuôi .csv; nếu không, hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  }
  let decoded: DecodedText;
  try {
    decoded = decodeTextFile(bytes);
  } catch {
    return fail('Không đọc được nội dung tệp như văn bản CSV: hãy lưu lại từ Excel dạng “CSV UTF-8”.');
  }
  if (/[\u0000-\u0008\u000e-\u001a]/.test(decoded.text.slice(0, 65_536))) {
    return fail('Tệp chứa dữ liệu nhị phân, không phải văn bản CSV: hãy dùng tệp Excel (.xlsx) hoặc CSV.');
  }
  let sheet: ParsedSheet;
  try {
    sheet = parseCsv(decoded.text, fileName.replace(/\.[^.]*$/, '') || 'CSV');
  } catch (error) {
    if (error instanceof CsvTooLargeError) {
      return fail(`Tệp có hơn ${IMPORT_LIMITS.maxRows.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia thành nhiều tệp nhỏ hơn.`);
    }
    throw error;
  }
  if (!sheet.rows.some((r) => !isBlankRow(r))) return fail('Tệp CSV không có dữ liệu.');
  if (decoded.encoding === 'Windows-1258' || decoded.encoding === 'TCVN3') {
    warnings.push(`Tệp CSV dùng bảng mã ${decoded.encoding === 'TCVN3' ? 'TCVN3 (ABC)' : 'Windows-1258'}: đã chuyển sang Unicode. Hãy kiểm tra chữ có dấu trong bản xem trước.`);
  } else if (decoded.encoding !== 'UTF-8') {
    warnings.push(`Tệp CSV dùng bảng mã ${decoded.encoding}: đã đọc và chuyển sang Unicode chuẩn.`);
  }
  const legacy = decoded.encoding === 'TCVN3' ? null : fixLegacyText([sheet], warnings);
  if (legacy) return fail(legacy);
  return { ok: true, format: 'csv', sheets: [sheet], warnings };
}
