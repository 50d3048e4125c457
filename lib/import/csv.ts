/**
 * CSV as Excel and LibreOffice write it for Vietnamese users: the separator is ";" on machines
 * with a Vietnamese locale (the decimal comma takes ","), "," elsewhere, sometimes a tab; fields
 * may be quoted with "" for a quote inside; a first line "sep=;" names the separator.
 */
import { IMPORT_LIMITS } from './limits';
import { cleanCellText, type CellNote, type ParsedSheet } from './sheet';

export class CsvTooLargeError extends Error {
  constructor(readonly rows: number) {
    super(`CSV has more than ${rows} rows`);
    this.name = 'CsvTooLargeError';
  }
}

/** The separator used most on the first lines, outside quotes. */
function sniffSeparator(text: string): string {
  const sample = text.slice(0, 20_000);
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  let lines = 0;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    else if (!quoted && ch === '\n' && ++lines >= 20) break;
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * Parses CSV text into a sheet. Rows beyond the limit (data rows plus a few header lines) throw
 * CsvTooLargeError; cells beyond the column and length limits are cut, with a note.
 */
export function parseCsv(input: string, name = 'CSV'): ParsedSheet {
  let text = input;
  let separator: string | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    separator = sep[1];
    text = text.slice(sep[0].length);
  }
  separator ??= sniffSeparator(text);

  const maxRows = IMPORT_LIMITS.maxRows + 50;
  const rows: string[][] = [];
  const notes: CellNote[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let cut = false;

  const endField = () => {
    if (row.length < IMPORT_LIMITS.maxColumns) {
      let value = cleanCellText(field);
      if (value.length > IMPORT_LIMITS.maxCellChars) {
        notes.push({
          row: rows.length,
          col: row.length,
          level: 'error',
          text: `Ô quá dài (${value.length.toLocaleString('vi-VN')} ký tự; tối đa ${IMPORT_LIMITS.maxCellChars.toLocaleString('vi-VN')}).`,
        });
        value = value.slice(0, IMPORT_LIMITS.maxCellChars);
      }
      row.push(value);
    } else {
      cut = true;
    }
    field = '';
    fieldWasQuoted = false;
  };
  const endRow = () => {
    endField();
    while (row.length > 0 && row[row.length - 1].trim() === '') row.pop();
    rows.push(row);
    row = [];
    if (rows.length > maxRows) throw new CsvTooLargeError(IMPORT_LIMITS.maxRows);
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      // A cell that never closes its quote would swallow the file: the length check still applies.
      if (field.length > IMPORT_LIMITS.maxCellChars * 2) {
        field = field.slice(0, IMPORT_LIMITS.maxCellChars + 1);
      }
      continue;
    }
    if (ch === '"' && field.trim() === '' && !fieldWasQuoted) {
      quoted = true;
      fieldWasQuoted = true;
      field = '';
    } else if (ch === separator) endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (cut) notes.push({ row: 0, col: IMPORT_LIMITS.maxColumns, level: 'warning', text: `Chỉ đọc ${IMPORT_LIMITS.maxColumns} cột đầu tiên.` });
  return { name, rows, notes };
}
