/**
 * The import template (.xlsx): a sheet of organizations and one of their members, headers the
 * importer recognises, one example row each, drop-down lists for every enumeration (kinds,
 * sectors, alliance membership, yes/no, today's communes) kept on a hidden "Danh mục" sheet, and
 * text-formatted code columns so that Excel keeps the leading zeros of tax codes and phone numbers.
 */
import ExcelJS from 'exceljs';

import { MEMBER_KIND_LABELS } from '@/lib/members/schema';
import { ALLIANCE_MEMBERSHIP_LABELS, ORG_KIND_LABELS, SECTOR_LABELS } from '@/lib/organizations/sectors';

import { EXAMPLE_MARK, MEMBER_FIELDS, ORGANIZATION_FIELDS } from './fields';

export const TEMPLATE_SHEETS = { organizations: 'Tổ chức', members: 'Thành viên', lists: 'Danh mục', help: 'Hướng dẫn' } as const;

type DataValidation = {
  type: 'list';
  allowBlank: boolean;
  formulae: string[];
  showErrorMessage: boolean;
  errorStyle: 'stop' | 'warning';
  errorTitle: string;
  error: string;
};

/** exceljs writes worksheet.dataValidations (a range address → rule); its typings omit the member. */
type WithValidations = { dataValidations: { add(address: string, validation: DataValidation): void } };

const LAST_ROW = 5_001;
const TEXT_COLUMNS = new Set(['registrationNumber', 'taxCode', 'phone', 'idNumber', 'orgRegistrationNumber']);
const DATE_COLUMNS = new Set(['establishedOn', 'allianceJoinedOn', 'joinedOn']);
const MONEY_COLUMNS = new Set(['charterCapital', 'capital']);

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export async function importTemplate(units: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  wb.created = new Date();
  wb.title = 'Mẫu nhập danh sách tổ chức kinh tế tập thể';

  const orgs = wb.addWorksheet(TEMPLATE_SHEETS.organizations, { views: [{ state: 'frozen', ySplit: 1 }] });
  const members = wb.addWorksheet(TEMPLATE_SHEETS.members, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(TEMPLATE_SHEETS.help);
  const lists = wb.addWorksheet(TEMPLATE_SHEETS.lists, { state: 'hidden' });

  // ── Lists for the drop-downs, one column each.
  const listColumns: Record<string, string[]> = {
    kind: Object.values(ORG_KIND_LABELS),
    sector: Object.values(SECTOR_LABELS),
    alliance: ['Thành viên chính thức', 'Thành viên liên kết', ALLIANCE_MEMBERSHIP_LABELS.NONE],
    yesNo: ['Có', 'Không'],
    unit: units.length > 0 ? units : ['(chưa có đơn vị)'],
    memberType: ['Chính thức', 'Liên kết góp vốn', 'Liên kết không góp vốn'],
    memberKind: Object.values(MEMBER_KIND_LABELS),
    gender: ['Nam', 'Nữ'],
  };
  const listRange: Record<string, string> = {};
  const titles: Record<string, string> = {
    kind: 'Loại hình',
    sector: 'Lĩnh vực',
    alliance: 'Thành viên Liên minh',
    yesNo: 'Có/Không',
    unit: 'Xã/phường hiện nay',
    memberType: 'Loại thành viên',
    memberKind: 'Cá nhân/hộ/pháp nhân',
    gender: 'Giới tính',
  };
  Object.entries(listColumns).forEach(([key, values], i) => {
    const col = lists.getColumn(i + 1);
    col.width = 36;
    lists.getCell(1, i + 1).value = titles[key];
    lists.getCell(1, i + 1).font = { bold: true };
    values.forEach((v, r) => (lists.getCell(r + 2, i + 1).value = v));
    const letter = col.letter;
    listRange[key] = `'${TEMPLATE_SHEETS.lists}'!$${letter}$2:$${letter}$${values.length + 1}`;
  });

  const listFor: Record<string, string> = {
    kind: 'kind',
    sector: 'sector',
    allianceMembership: 'alliance',
    isNewModel: 'yesNo',
    hasValueChainLink: 'yesNo',
    hasVietGap: 'yesNo',
    hasGlobalGap: 'yesNo',
    unit: 'unit',
  };
  const memberListFor: Record<string, string> = { type: 'memberType', kind: 'memberKind', gender: 'gender' };

  const setUp = (
    sheet: ExcelJS.Worksheet,
    fields: readonly { key: string; label: string; hint?: string }[],
    lists: Record<string, string>,
  ) => {
    sheet.columns = fields.map((f) => ({
      header: f.label,
      key: f.key,
      width: f.key === 'name' ? 44 : f.key === 'address' || f.key === 'mainProducts' ? 36 : 20,
      style: TEXT_COLUMNS.has(f.key) ? { numFmt: '@' } : DATE_COLUMNS.has(f.key) ? { numFmt: 'dd/mm/yyyy' } : MONEY_COLUMNS.has(f.key) ? { numFmt: '#,##0' } : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.height = 32;
    fields.forEach((f, i) => {
      if (f.hint) header.getCell(i + 1).note = f.hint;
      const list = lists[f.key];
      const letter = sheet.getColumn(i + 1).letter;
      if (list) {
        (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, {
          type: 'list',
          allowBlank: true,
          formulae: [listRange[list]],
          showErrorMessage: true,
          // Units and sectors are checked again on import with clearer messages: a warning lets a
          // commune type a name that is not (yet) in the list.
          errorStyle: list === 'unit' ? 'warning' : 'stop',
          errorTitle: f.label,
          error: `Chọn một giá trị trong danh sách “${f.label}”.`,
        });
      }
    });
  };

  setUp(orgs, ORGANIZATION_FIELDS, listFor);
  setUp(members, MEMBER_FIELDS, memberListFor);

  // ── One example row each; the importer skips rows marked as examples.
  orgs.addRow({
    name: `Hợp tác xã Nông nghiệp Tân Phát (${EXAMPLE_MARK})`,
    shortName: 'HTX Tân Phát',
    kind: ORG_KIND_LABELS.COOPERATIVE,
    registrationNumber: '5607000123',
    taxCode: '1701234567',
    sector: SECTOR_LABELS.CROP_LIVESTOCK,
    unit: units[0] ?? '',
    address: 'Ấp Tân Phát',
    phone: '0297 3861 234',
    email: 'htxtanphat@gmail.com',
    website: '',
    leaderName: 'Nguyễn Văn An',
    leaderTitle: 'Chủ tịch HĐQT kiêm Giám đốc',
    establishedOn: utc(2019, 3, 15),
    charterCapital: 1_500_000_000,
    allianceMembership: 'Thành viên chính thức',
    allianceJoinedOn: utc(2020, 6, 20),
    mainProducts: 'Lúa chất lượng cao, dịch vụ làm đất',
    description: '',
    isNewModel: 'Có',
    hasValueChainLink: 'Có',
    hasVietGap: 'Không',
    hasGlobalGap: 'Không',
  });
  members.addRow({
    orgRegistrationNumber: '5607000123',
    orgName: 'Hợp tác xã Nông nghiệp Tân Phát',
    name: `Trần Thị Bình (${EXAMPLE_MARK})`,
    kind: MEMBER_KIND_LABELS.PERSON,
    type: 'Chính thức',
    idNumber: '091185001234',
    birthYear: 1985,
    gender: 'Nữ',
    address: 'Ấp Tân Phát',
    phone: '0912 345 678',
    joinedOn: utc(2019, 3, 15),
    capital: 50_000_000,
  });
  for (const sheet of [orgs, members]) sheet.getRow(2).font = { italic: true, color: { argb: 'FF475569' } };

  // ── A short guide.
  help.getColumn(1).width = 110;
  [
    'HƯỚNG DẪN NHẬP DANH SÁCH TỔ CHỨC KINH TẾ TẬP THỂ',
    '',
    '1. Mỗi dòng của trang “Tổ chức” là một hợp tác xã, liên hiệp, tổ hợp tác hoặc quỹ tín dụng nhân dân. Dòng ví dụ (có ghi “dòng ví dụ”) được bỏ qua khi nhập.',
    '2. Bắt buộc: Tên tổ chức, Xã/phường (chọn trong danh sách), Lĩnh vực. Loại hình để trống thì suy ra từ tên (“Hợp tác xã …”, “Tổ hợp tác …”).',
    '3. Số đăng ký dùng để nhận ra tổ chức đã có: nhập lại cùng tệp sẽ cập nhật, không tạo trùng. Tổ chức chưa có số đăng ký được nhận ra theo tên và xã/phường.',
    '4. Khi cập nhật, ô để trống giữ nguyên thông tin đang có trong hệ thống.',
    '5. Ngày ghi dạng ngày/tháng/năm (15/03/2024); vốn ghi số đồng (1.500.000.000). Mã số thuế, số điện thoại để dạng văn bản để không mất số 0 ở đầu.',
    '6. Trang “Thành viên” (không bắt buộc): mỗi dòng một thành viên, ghi số đăng ký hoặc tên tổ chức mà thành viên thuộc về. Vốn góp chỉ được ghi cho thành viên mới.',
    '7. Trước khi ghi, hệ thống hiển thị bản xem trước từng dòng với lỗi và cảnh báo; chỉ các dòng hợp lệ được nhập, trong một lần ghi duy nhất.',
    '8. Tệp .xlsx hoặc .csv (UTF-8), tối đa 5 MB và 20.000 dòng.',
  ].forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
