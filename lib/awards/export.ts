import 'server-only';

import type { AwardRow } from '@/lib/awards/queries';
import { AWARD_TYPE_LABELS } from '@/lib/support/labels';
import { sheetWorkbook, type SheetColumn } from '@/lib/support/xlsx';

export const AWARD_SHEET_NAME = 'Khen thưởng';

export const AWARD_COLUMNS: readonly SheetColumn[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Năm', key: 'year', width: 8 },
  { header: 'Hình thức', key: 'type', width: 20 },
  { header: 'Nội dung khen thưởng', key: 'title', width: 60 },
  { header: 'Người, tập thể được khen thưởng', key: 'recipient', width: 48 },
  { header: 'Khối thi đua', key: 'block', width: 40 },
  { header: 'Số quyết định', key: 'decisionNumber', width: 18 },
  { header: 'Ngày quyết định', key: 'decisionDate', width: 14, type: 'date' },
  { header: 'Cơ quan ban hành', key: 'issuer', width: 30 },
];

export async function awardsWorkbook(rows: AwardRow[], title: string): Promise<Buffer> {
  return sheetWorkbook({
    title,
    sheetName: AWARD_SHEET_NAME,
    columns: AWARD_COLUMNS,
    rows: rows.map((w, i) => ({
      index: i + 1,
      year: w.year,
      type: AWARD_TYPE_LABELS[w.type],
      title: w.title,
      recipient: w.recipientName,
      block: w.emulationBlock,
      decisionNumber: w.decisionNumber,
      decisionDate: w.decisionDate,
      issuer: w.issuer,
    })),
  });
}
