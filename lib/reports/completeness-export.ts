import 'server-only';

/**
 * The drill-down list of the completeness page (by default: who has not reported) as .xlsx, with
 * the contacts an officer needs to chase them: phone, email, leader.
 */
import ExcelJS from 'exceljs';

import { formatDateTime } from '@/lib/format/date';
import { submissionStateLabels } from '@/lib/format/labels';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import type { CompletenessOrgRow } from '@/lib/reports/completeness';

export const COMPLETENESS_SHEET_NAME = 'Danh sách';

const COLUMNS = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Tên tổ chức', key: 'name', width: 48 },
  { header: 'Loại hình', key: 'kind', width: 18 },
  { header: 'Số đăng ký', key: 'registrationNumber', width: 16 },
  { header: 'Đơn vị hành chính', key: 'unit', width: 24 },
  { header: 'Trạng thái báo cáo', key: 'state', width: 18 },
  { header: 'Nộp lần đầu', key: 'firstSubmittedAt', width: 18 },
  { header: 'Đúng hạn', key: 'onTime', width: 10 },
  { header: 'Người đại diện', key: 'leaderName', width: 26 },
  { header: 'Chức danh', key: 'leaderTitle', width: 24 },
  { header: 'Điện thoại', key: 'phone', width: 16 },
  { header: 'Email', key: 'email', width: 28 },
] as const;

export function reportStateLabel(row: Pick<CompletenessOrgRow, 'state' | 'enteredAt' | 'firstSubmittedAt'>): string {
  if (row.firstSubmittedAt == null) return row.enteredAt == null ? 'Chưa nhập' : 'Đang nhập (chưa nộp)';
  return submissionStateLabels[row.state];
}

export async function completenessWorkbook(rows: CompletenessOrgRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  workbook.created = new Date();
  workbook.title = title;
  const sheet = workbook.addWorksheet(COMPLETENESS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((r, i) => {
    sheet.addRow({
      index: i + 1,
      name: r.name,
      kind: ORG_KIND_LABELS[r.kind],
      registrationNumber: r.registrationNumber,
      unit: r.unitLabel,
      state: reportStateLabel(r),
      firstSubmittedAt: r.firstSubmittedAt ? formatDateTime(r.firstSubmittedAt) : null,
      onTime: r.onTime == null ? null : r.onTime ? 'Có' : 'Không',
      leaderName: r.leaderName,
      leaderTitle: r.leaderTitle,
      phone: r.phone,
      email: r.email,
    });
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
