import 'server-only';

/**
 * The filtered list of organizations as an .xlsx workbook: Vietnamese headers, money as numbers
 * with the "#,##0" format (Excel shows 1.500.000.000 in a Vietnamese locale), dates as real dates
 * shown dd/mm/yyyy, so that staff can sort, filter and sum in Excel without retyping anything.
 */
import ExcelJS from 'exceljs';

import type { OrganizationExportRow } from '@/lib/organizations/queries';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';

export const EXPORT_SHEET_NAME = 'Danh sách tổ chức';
export const MONEY_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';

type Column = { header: string; key: string; width: number; numFmt?: string };

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Tên tổ chức', key: 'name', width: 48 },
  { header: 'Tên viết tắt', key: 'shortName', width: 20 },
  { header: 'Loại hình', key: 'kind', width: 20 },
  { header: 'Số đăng ký', key: 'registrationNumber', width: 16 },
  { header: 'Mã số thuế', key: 'taxCode', width: 16 },
  { header: 'Nhóm ngành', key: 'sectorGroup', width: 16 },
  { header: 'Lĩnh vực', key: 'sector', width: 30 },
  { header: 'Đơn vị hành chính', key: 'unit', width: 24 },
  { header: 'Địa chỉ', key: 'address', width: 48 },
  { header: 'Điện thoại', key: 'phone', width: 16 },
  { header: 'Email', key: 'email', width: 28 },
  { header: 'Người đại diện', key: 'leaderName', width: 24 },
  { header: 'Chức danh', key: 'leaderTitle', width: 28 },
  { header: 'Ngày thành lập', key: 'establishedOn', width: 14, numFmt: DATE_FORMAT },
  { header: 'Vốn điều lệ (đồng)', key: 'charterCapital', width: 20, numFmt: MONEY_FORMAT },
  { header: 'Tình trạng', key: 'status', width: 24 },
  { header: 'Thành viên Liên minh', key: 'allianceMembership', width: 22 },
  { header: 'Ngày gia nhập Liên minh', key: 'allianceJoinedOn', width: 14, numFmt: DATE_FORMAT },
  { header: 'Số sản phẩm OCOP', key: 'ocop', width: 10 },
  { header: 'HTX kiểu mới', key: 'isNewModel', width: 10 },
  { header: 'VietGAP', key: 'hasVietGap', width: 10 },
  { header: 'GlobalGAP', key: 'hasGlobalGap', width: 10 },
  { header: 'Sản phẩm, dịch vụ chính', key: 'mainProducts', width: 40 },
];

const yesNo = (b: boolean) => (b ? 'Có' : '');

/** Charter capital as an Excel number: exact below 2^53 đồng (9 triệu tỷ), far above any cooperative. */
const moneyCell = (value: bigint | null) => (value === null ? null : Number(value));

export async function organizationsWorkbook(rows: OrganizationExportRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  workbook.created = new Date();
  workbook.title = title;
  const sheet = workbook.addWorksheet(EXPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  rows.forEach((o, i) => {
    sheet.addRow({
      index: i + 1,
      name: o.name,
      shortName: o.shortName,
      kind: ORG_KIND_LABELS[o.kind],
      registrationNumber: o.registrationNumber,
      taxCode: o.taxCode,
      sectorGroup: SECTOR_GROUP_LABELS[o.sectorGroup],
      sector: SECTOR_LABELS[o.sector],
      unit: `${o.unit.type} ${o.unit.name}`,
      address: o.address,
      phone: o.phone,
      email: o.email,
      leaderName: o.leaderName,
      leaderTitle: o.leaderTitle,
      // Date-only columns are UTC midnight; Excel stores the same calendar day.
      establishedOn: o.establishedOn,
      charterCapital: moneyCell(o.charterCapital),
      status: ORG_STATUS_LABELS[o.status],
      allianceMembership: ALLIANCE_MEMBERSHIP_LABELS[o.allianceMembership],
      allianceJoinedOn: o.allianceJoinedOn,
      ocop: o._count.ocopProducts,
      isNewModel: yesNo(o.isNewModel),
      hasVietGap: yesNo(o.hasVietGap),
      hasGlobalGap: yesNo(o.hasGlobalGap),
      mainProducts: o.mainProducts,
    });
  });
  if (rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: EXPORT_COLUMNS.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
