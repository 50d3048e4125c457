import 'server-only';

/**
 * One sheet as .xlsx, the way lib/organizations/export.ts writes the register: Vietnamese headers,
 * money as numbers shown "#,##0", dates as real dates shown dd/mm/yyyy, a frozen header and
 * filters, and an optional totals row (figures summed in SQL by the caller).
 */
import ExcelJS from 'exceljs';

import { DATE_FORMAT, MONEY_FORMAT } from '@/lib/organizations/export';

export type SheetColumn = { header: string; key: string; width: number; type?: 'money' | 'date' | 'number' | 'percent' };
export type SheetValue = string | number | Date | null;

/** Whole đồng as an Excel number (exact below 2^53, far above any loan). */
export const moneyCell = (value: bigint | null | undefined): number | null => (value == null ? null : Number(value));

export async function sheetWorkbook(options: {
  title: string;
  sheetName: string;
  columns: readonly SheetColumn[];
  rows: Record<string, SheetValue>[];
  totals?: Record<string, SheetValue>;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  workbook.created = new Date();
  workbook.title = options.title;
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const numFmt = (c: SheetColumn) => (c.type === 'money' || c.type === 'number' ? MONEY_FORMAT : c.type === 'date' ? DATE_FORMAT : c.type === 'percent' ? '0.00' : undefined);
  sheet.columns = options.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: numFmt(c) ? { numFmt: numFmt(c) } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of options.rows) sheet.addRow(row);
  if (options.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: options.rows.length + 1, column: options.columns.length } };
  }
  if (options.totals) sheet.addRow(options.totals).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download response of a workbook. */
export function xlsxResponse(buffer: Buffer, filename: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
