/**
 * A spreadsheet as the import keeps it between its steps: every cell as NFC text (dates as
 * dd/mm/yyyy, numbers as plain digits), row i of `rows` being row i + 1 of the file, and notes on
 * cells the reader had doubts about. Plain JSON, stored in ImportUpload.sheets.
 */
export type CellNote = { row: number; col: number; level: 'error' | 'warning'; text: string };

export type ParsedSheet = {
  name: string;
  /** rows[r][c]: the text of row r + 1, column c + 1 ('' for an empty cell); trailing blanks cut. */
  rows: string[][];
  notes: CellNote[];
};

export type ParsedWorkbook = {
  format: 'xlsx' | 'csv';
  sheets: ParsedSheet[];
  /** Things the user should know about the whole file (encoding converted, formulas used, …). */
  warnings: string[];
};

export type ReadResult = ({ ok: true } & ParsedWorkbook) | { ok: false; message: string };

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Control characters (NUL cannot even be stored in PostgreSQL) become spaces; NFC. */
export function cleanCellText(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

export function isBlankRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((c) => c.trim() === '');
}
