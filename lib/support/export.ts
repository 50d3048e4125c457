import 'server-only';

import type { SupportExportRow } from '@/lib/support/queries';
import { SUPPORT_KIND_LABELS } from '@/lib/support/labels';
import { moneyCell, sheetWorkbook, type SheetColumn } from '@/lib/support/xlsx';

export const SUPPORT_SHEET_NAME = 'Hoạt động hỗ trợ';

export const SUPPORT_COLUMNS: readonly SheetColumn[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Loại hoạt động', key: 'kind', width: 22 },
  { header: 'Tên hoạt động', key: 'title', width: 60 },
  { header: 'Ngày bắt đầu', key: 'startsOn', width: 14, type: 'date' },
  { header: 'Ngày kết thúc', key: 'endsOn', width: 14, type: 'date' },
  { header: 'Địa điểm', key: 'location', width: 28 },
  { header: 'Địa bàn', key: 'unit', width: 24 },
  { header: 'Số người tham dự', key: 'attendees', width: 12, type: 'number' },
  { header: 'Kinh phí (đồng)', key: 'cost', width: 18, type: 'money' },
  { header: 'Nguồn kinh phí', key: 'fundingSource', width: 40 },
  { header: 'Số tổ chức được hỗ trợ', key: 'served', width: 12, type: 'number' },
  { header: 'Tổ chức được hỗ trợ', key: 'organizations', width: 80 },
];

export async function supportWorkbook(rows: SupportExportRow[], title: string): Promise<Buffer> {
  return sheetWorkbook({
    title,
    sheetName: SUPPORT_SHEET_NAME,
    columns: SUPPORT_COLUMNS,
    rows: rows.map((a, i) => ({
      index: i + 1,
      kind: SUPPORT_KIND_LABELS[a.kind],
      title: a.title,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      location: a.location,
      unit: a.unit ? `${a.unit.type} ${a.unit.name}` : 'Toàn tỉnh',
      attendees: a.attendees,
      cost: moneyCell(a.cost),
      fundingSource: a.fundingSource,
      served: a._count.organizations,
      organizations: a.organizations.map((o) => o.organization.name).join('; '),
    })),
  });
}
