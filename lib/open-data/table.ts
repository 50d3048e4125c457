/**
 * A statistics table as plain data, and its files: CSV (UTF-8 with a byte-order mark, so that
 * Excel opens Vietnamese text correctly; CRLF line ends as RFC 4180 says), JSON (with the as-of
 * date and the meaning of each field) and .xlsx (one sheet per table). The public open data
 * (/so-lieu/du-lieu/…) and the generated report's workbook both write through here.
 *
 * Values are numbers or text, never formatted strings: a machine reads 412296737000, a person
 * reads the page or the workbook, where the number format shows 412.296.737.000.
 */
import ExcelJS from 'exceljs';

export type FieldType = 'text' | 'integer' | 'money' | 'decimal' | 'percent';

export type Field = {
  /** Stable machine name (snake_case ASCII): the JSON key and the CSV header. */
  key: string;
  /** Vietnamese column header. */
  label: string;
  /** What the field means, for the page's "Dữ liệu mở" section and the JSON. */
  description: string;
  type: FieldType;
};

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export type StatTable = {
  /** Stable slug in URLs (/so-lieu/du-lieu/<id>.csv). */
  id: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Row[];
  /** A total row (same keys), shown last; kept apart so that machine readers can skip it. */
  total?: Row;
};

const NUMBER_FORMATS: Record<FieldType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  money: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0',
};

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV: a header of machine names, then the rows (the total row is left out: it is
 * the sum of the rows, and a reader summing a column would count it twice).
 */
export function tableCsv(table: StatTable): string {
  const lines = [table.fields.map((f) => f.key).join(',')];
  for (const row of table.rows) lines.push(table.fields.map((f) => csvCell(row[f.key] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type TableJson = {
  id: string;
  title: string;
  description: string;
  asOf: string;
  source: string;
  fields: { key: string; label: string; description: string; type: FieldType }[];
  rows: Row[];
  total: Row | null;
};

export function tableJson(table: StatTable, meta: { asOf: string; source: string }): TableJson {
  return {
    id: table.id,
    title: table.title,
    description: table.description,
    asOf: meta.asOf,
    source: meta.source,
    fields: table.fields.map(({ key, label, description, type }) => ({ key, label, description, type })),
    rows: table.rows,
    total: table.total ?? null,
  };
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Bảng';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * The tables as one workbook, a sheet each: a title line, a note line (as-of date, source), the
 * Vietnamese headers, the rows, the total in bold.
 */
export async function tablesWorkbook(tables: StatTable[], meta: { title: string; note: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  workbook.created = new Date();
  workbook.title = meta.title;
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.getCell(1, 1).value = table.title;
    sheet.getCell(1, 1).font = { bold: true, size: 13 };
    sheet.getCell(2, 1).value = meta.note;
    sheet.getCell(2, 1).font = { italic: true };
    const header = sheet.getRow(3);
    table.fields.forEach((f, i) => {
      header.getCell(i + 1).value = f.label;
      const column = sheet.getColumn(i + 1);
      column.width = f.type === 'text' ? Math.max(14, Math.min(48, f.label.length + 4)) : Math.max(14, f.label.length + 2);
      const numFmt = NUMBER_FORMATS[f.type];
      if (numFmt) column.numFmt = numFmt;
    });
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const row of table.rows) sheet.addRow(table.fields.map((f) => row[f.key] ?? null));
    if (table.total) {
      const added = sheet.addRow(table.fields.map((f) => table.total?.[f.key] ?? null));
      added.font = { bold: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
