import 'server-only';

/**
 * The public statistics (/so-lieu) and their open data files (/so-lieu/du-lieu/<bảng>.csv|.xlsx|.json):
 * the non-sensitive subset of the statistics engine's figures, as of today, by today's units. No
 * figure here names an organization; revenue, profit, credit and loans stay in the workspace.
 */
import { todayIsoInVietnam } from '@/lib/format/date';
import type { OrgKind } from '@/lib/generated/prisma/enums';
import { SECTOR_GROUP_LABELS } from '@/lib/organizations/sectors';
import { getStatsBreakdown, getStatsFlows, getStatsTrend } from '@/lib/stats/cached';
import { UNIT_MODE_LABELS } from '@/lib/stats/labels';
import type { Figures, StatsFilter } from '@/lib/stats/types';

import type { Field, Row, StatTable } from './table';

/** The first year with data in the register's reports (trend and flows start there). */
export const FIRST_YEAR = 2019;

export const OPEN_DATA_IDS = ['loai-hinh', 'linh-vuc', 'xa-phuong', 'xu-huong', 'bien-dong'] as const;
export type OpenDataId = (typeof OPEN_DATA_IDS)[number];
export const OPEN_DATA_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const OPEN_DATA_SOURCE =
  'Liên minh Hợp tác xã tỉnh: sổ đăng ký tổ chức kinh tế tập thể và báo cáo định kỳ đã được duyệt (báo cáo gần nhất của mỗi tổ chức đến ngày số liệu).';

export type OpenData = { asOf: string; unitMode: string; tables: StatTable[] };

const KINDS: { kind: OrgKind; key: string; label: string }[] = [
  { kind: 'COOPERATIVE', key: 'htx', label: 'Hợp tác xã' },
  { kind: 'CREDIT_FUND', key: 'qtdnd', label: 'Quỹ tín dụng nhân dân' },
  { kind: 'UNION', key: 'lhhtx', label: 'Liên hiệp HTX' },
  { kind: 'GROUP', key: 'tht', label: 'Tổ hợp tác' },
];

const COUNT = (key: string, label: string, description: string): Field => ({ key, label, description, type: 'integer' });
const KIND_COUNT_FIELDS: Field[] = [
  ...KINDS.map((k) => COUNT(k.key, k.label, `Số ${k.label.toLowerCase()} tồn tại tại ngày số liệu`)),
  COUNT('tong', 'Tổng số', 'Tổng số tổ chức kinh tế tập thể'),
];

const FIGURE_FIELDS: Field[] = [
  COUNT('so_luong', 'Số lượng', 'Số tổ chức tồn tại tại ngày số liệu (thành lập trước hoặc đúng ngày đó, chưa giải thể, sáp nhập, chuyển đổi, phá sản hay bị thu hồi giấy chứng nhận)'),
  COUNT('thanh_vien', 'Thành viên', 'Số thành viên (tổ viên đối với tổ hợp tác) theo báo cáo gần nhất'),
  { key: 'von_dong', label: 'Vốn (đồng)', description: 'Vốn điều lệ của HTX, QTDND, liên hiệp; vốn góp của tổ hợp tác; đồng', type: 'money' },
  { key: 'dien_tich_ha', label: 'Diện tích canh tác (ha)', description: 'Diện tích canh tác theo báo cáo gần nhất, ha', type: 'decimal' },
  COUNT('lao_dong', 'Lao động', 'Lao động thường xuyên và thời vụ theo báo cáo gần nhất'),
];

function figures(f: Figures, group: boolean): Row {
  return {
    so_luong: f.organizations,
    thanh_vien: f.members,
    von_dong: Number(group ? f.contributedCapital : f.charterCapital),
    dien_tich_ha: Number(f.landAreaHa),
    lao_dong: f.workers,
  };
}

/** Every public table as of `asOf` (today in Vietnam by default). */
export async function getOpenData(asOf: string = todayIsoInVietnam()): Promise<OpenData> {
  const filter: StatsFilter = { asOf, unitMode: 'TODAY' };
  // One after the other, not in parallel: the embedded database (PGlite) is a single session, and
  // five heavy statements queued at once kept a visitor's search from starting its transaction
  // within Prisma's 2 s (seen in the browser tests). The page is cached, so only the first render
  // after a change pays the sum.
  const byKind = await getStatsBreakdown(filter, 'kind');
  const bySector = await getStatsBreakdown(filter, 'sectorGroup', { then: 'sector' });
  const byUnit = await getStatsBreakdown(filter, 'unit', { then: 'kind' });
  const trend = await getStatsTrend(filter, { fromYear: FIRST_YEAR, toYear: Number(asOf.slice(0, 4)) });
  const flows = await getStatsFlows(filter, { from: `${FIRST_YEAR}-01-01`, to: asOf, bucket: 'half' }, 'kind');

  const kindTable: StatTable = {
    id: 'loai-hinh',
    title: 'Số lượng, thành viên, vốn theo loại hình',
    description: 'Hợp tác xã, quỹ tín dụng nhân dân, liên hiệp hợp tác xã và tổ hợp tác.',
    fields: [
      { key: 'loai_hinh', label: 'Mã loại hình', description: 'COOPERATIVE, CREDIT_FUND, UNION, GROUP', type: 'text' },
      { key: 'ten', label: 'Loại hình', description: 'Tên loại hình', type: 'text' },
      ...FIGURE_FIELDS,
    ],
    rows: KINDS.map(({ kind, label }) => {
      const row = byKind.rows.find((r) => r.key === kind);
      return { loai_hinh: kind, ten: label, ...(row ? figures(row, kind === 'GROUP') : { so_luong: 0, thanh_vien: 0, von_dong: 0, dien_tich_ha: 0, lao_dong: 0 }) };
    }),
    total: { loai_hinh: null, ten: 'Tổng số', so_luong: byKind.total.organizations, thanh_vien: byKind.total.members, von_dong: null, dien_tich_ha: Number(byKind.total.landAreaHa), lao_dong: byKind.total.workers },
  };

  const sectorTable: StatTable = {
    id: 'linh-vuc',
    title: 'Số lượng, thành viên theo lĩnh vực',
    description: 'Mọi loại hình, theo nhóm lĩnh vực (nông nghiệp, phi nông nghiệp, tín dụng) và lĩnh vực.',
    fields: [
      { key: 'nhom_linh_vuc', label: 'Nhóm lĩnh vực', description: 'Nông nghiệp, phi nông nghiệp hoặc tín dụng', type: 'text' },
      { key: 'linh_vuc', label: 'Lĩnh vực', description: 'Lĩnh vực hoạt động chính', type: 'text' },
      FIGURE_FIELDS[0],
      FIGURE_FIELDS[1],
    ],
    rows: bySector.rows
      .filter((r) => r.subKey !== null)
      .map((r) => ({ nhom_linh_vuc: SECTOR_GROUP_LABELS[r.key as keyof typeof SECTOR_GROUP_LABELS] ?? r.label, linh_vuc: r.subLabel, so_luong: r.organizations, thanh_vien: r.members })),
    total: { nhom_linh_vuc: 'Tổng số', linh_vuc: null, so_luong: bySector.total.organizations, thanh_vien: bySector.total.members },
  };

  const unitGroups = byUnit.rows.filter((r) => r.subKey === null);
  const unitTable: StatTable = {
    id: 'xa-phuong',
    title: 'Số lượng theo xã, phường, đặc khu hiện nay',
    description: `Đơn vị hành chính ${UNIT_MODE_LABELS.TODAY}.`,
    fields: [{ key: 'don_vi', label: 'Xã, phường, đặc khu', description: 'Đơn vị hành chính cấp xã hiện nay', type: 'text' }, ...KIND_COUNT_FIELDS],
    rows: unitGroups
      .map((g) => {
        const row: Row = { don_vi: g.label };
        for (const k of KINDS) row[k.key] = byUnit.rows.find((r) => r.key === g.key && r.subKey === k.kind)?.organizations ?? 0;
        row.tong = g.organizations;
        return row;
      })
      .sort((a, b) => String(a.don_vi).localeCompare(String(b.don_vi), 'vi')),
    total: { don_vi: 'Toàn tỉnh', ...Object.fromEntries(KINDS.map((k) => [k.key, byKind.rows.find((r) => r.key === k.kind)?.organizations ?? 0])), tong: byUnit.total.organizations },
  };

  const trendTable: StatTable = {
    id: 'xu-huong',
    title: 'Số lượng và thành viên qua các kỳ (30/6 và 31/12 hằng năm)',
    description: `Từ năm ${FIRST_YEAR}: số tổ chức tồn tại tại mỗi mốc, thành viên và vốn theo báo cáo gần nhất.`,
    fields: [
      { key: 'ngay', label: 'Ngày', description: 'Mốc số liệu (YYYY-MM-DD)', type: 'text' },
      ...KIND_COUNT_FIELDS,
      COUNT('thanh_vien', 'Thành viên', 'Tổng số thành viên, tổ viên'),
      { key: 'von_dieu_le_dong', label: 'Vốn điều lệ (đồng)', description: 'Tổng vốn điều lệ (không gồm vốn góp của tổ hợp tác), đồng', type: 'money' },
    ],
    rows: trend.dates.map((date) => {
      const at = (kind: OrgKind | null) => trend.points.find((p) => p.date === date && p.kind === kind);
      const row: Row = { ngay: date };
      for (const k of KINDS) row[k.key] = at(k.kind)?.organizations ?? 0;
      row.tong = at(null)?.organizations ?? 0;
      row.thanh_vien = at(null)?.members ?? 0;
      row.von_dieu_le_dong = Number(at(null)?.charterCapital ?? 0);
      return row;
    }),
  };

  const starts = [...new Set(flows.rows.map((r) => r.periodStart))].sort();
  const flowTable: StatTable = {
    id: 'bien-dong',
    title: 'Thành lập mới và chấm dứt hoạt động theo nửa năm',
    description: `Từ năm ${FIRST_YEAR}. Chấm dứt: giải thể, sáp nhập, chuyển đổi, phá sản hoặc bị thu hồi giấy chứng nhận.`,
    fields: [
      { key: 'tu_ngay', label: 'Từ ngày', description: 'Ngày đầu nửa năm (YYYY-MM-DD)', type: 'text' },
      { key: 'den_ngay', label: 'Đến ngày', description: 'Ngày cuối nửa năm, hoặc ngày số liệu (YYYY-MM-DD)', type: 'text' },
      ...KINDS.map((k) => COUNT(`thanh_lap_${k.key}`, `Thành lập: ${k.label}`, `Số ${k.label.toLowerCase()} thành lập mới`)),
      COUNT('thanh_lap', 'Thành lập mới', 'Tổng số thành lập mới'),
      COUNT('cham_dut', 'Chấm dứt', 'Tổng số chấm dứt hoạt động'),
    ],
    rows: starts.map((start) => {
      const all = flows.rows.find((r) => r.periodStart === start && r.key === null);
      const row: Row = { tu_ngay: start, den_ngay: all?.periodEnd ?? start };
      for (const k of KINDS) row[`thanh_lap_${k.key}`] = flows.rows.find((r) => r.periodStart === start && r.key === k.kind)?.founded ?? 0;
      row.thanh_lap = all?.founded ?? 0;
      row.cham_dut = all?.ended ?? 0;
      return row;
    }),
    total: { tu_ngay: `${FIRST_YEAR}-01-01`, den_ngay: asOf, ...Object.fromEntries(KINDS.map((k) => [`thanh_lap_${k.key}`, null])), thanh_lap: flows.total.founded, cham_dut: flows.total.ended },
  };

  return { asOf, unitMode: UNIT_MODE_LABELS.TODAY, tables: [kindTable, sectorTable, unitTable, trendTable, flowTable] };
}

export function parseOpenDataFile(name: string): { id: OpenDataId; format: OpenDataFormat } | null {
  const m = /^([a-z-]+)\.(csv|xlsx|json)$/.exec(name);
  if (!m || !(OPEN_DATA_IDS as readonly string[]).includes(m[1])) return null;
  return { id: m[1] as OpenDataId, format: m[2] as OpenDataFormat };
}
