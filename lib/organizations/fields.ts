/**
 * Readable labels and values for the fields of an organization, as the history tab ("Lịch sử thay
 * đổi") and the concurrency message show them: "Điện thoại: 0297 3841 234 → 0913 456 789".
 * Audit rows store JSON-safe values (lib/audit.ts auditValue): dates as ISO text, money as a
 * string of digits, enums as their code; this module turns them back into Vietnamese.
 */
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/number';
import type { AllianceMembership, OrgKind, OrgStatus, Sector, SectorGroup } from '@/lib/generated/prisma/enums';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';

export const FIELD_LABELS: Record<string, string> = {
  kind: 'Loại hình',
  name: 'Tên tổ chức',
  shortName: 'Tên viết tắt',
  slug: 'Đường dẫn',
  registrationNumber: 'Số đăng ký',
  taxCode: 'Mã số thuế',
  sector: 'Lĩnh vực',
  sectorGroup: 'Nhóm ngành',
  unitId: 'Đơn vị hành chính',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Email',
  website: 'Trang web',
  leaderName: 'Người đại diện',
  leaderTitle: 'Chức danh người đại diện',
  establishedOn: 'Ngày thành lập',
  status: 'Tình trạng hiện tại',
  allianceMembership: 'Thành viên Liên minh',
  allianceJoinedOn: 'Ngày gia nhập Liên minh',
  charterCapital: 'Vốn điều lệ',
  mainProducts: 'Sản phẩm, dịch vụ chính',
  description: 'Giới thiệu',
  isNewModel: 'HTX kiểu mới',
  hasValueChainLink: 'Liên kết chuỗi giá trị',
  hasVietGap: 'Chứng nhận VietGAP',
  hasGlobalGap: 'Chứng nhận GlobalGAP',
  successorId: 'Tổ chức kế thừa',
  deletedAt: 'Đã xóa',
  // Entries of the status history (status actions).
  entryStatus: 'Trạng thái ghi nhận',
  effectiveOn: 'Ngày hiệu lực',
  reason: 'Lý do',
  decisionNumber: 'Số quyết định',
  correctionReason: 'Lý do sửa',
};

/** Keys kept in audit rows for bookkeeping, never shown as a change. */
export const HIDDEN_AUDIT_KEYS: ReadonlySet<string> = new Set(['version', 'statusChangeId', 'id', 'createdAt', 'updatedAt']);

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'organization.create': 'Tạo mới',
  'organization.update': 'Sửa thông tin',
  'organization.status.record': 'Ghi nhận thay đổi trạng thái',
  'organization.status.correct': 'Sửa mục lịch sử trạng thái',
  'organization.delete': 'Xóa',
  'organization.restore': 'Khôi phục',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

/** Names of units and organizations referenced by id in audit values. */
export type AuditLookups = { units: Map<number, string>; organizations: Map<number, string> };

const DATE_KEYS = new Set(['establishedOn', 'allianceJoinedOn', 'effectiveOn']);
const BOOLEAN_KEYS = new Set(['isNewModel', 'hasValueChainLink', 'hasVietGap', 'hasGlobalGap']);

/** One stored value, as a person reads it; '—' for empty. */
export function formatFieldValue(key: string, value: unknown, lookups?: AuditLookups): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  if (BOOLEAN_KEYS.has(key)) return value === true || text === 'true' ? 'Có' : 'Không';
  if (DATE_KEYS.has(key)) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(text);
    return day ? formatDate(`${day[0]}T00:00:00Z`) : text;
  }
  if (key === 'deletedAt') return Number.isNaN(Date.parse(text)) ? text : `Có (${formatDate(text)})`;
  if (key === 'charterCapital') return /^\d+$/.test(text) ? formatMoney(text) : text;
  if (key === 'kind') return ORG_KIND_LABELS[text as OrgKind] ?? text;
  if (key === 'sector') return SECTOR_LABELS[text as Sector] ?? text;
  if (key === 'sectorGroup') return SECTOR_GROUP_LABELS[text as SectorGroup] ?? text;
  if (key === 'status' || key === 'entryStatus') return ORG_STATUS_LABELS[text as OrgStatus] ?? text;
  if (key === 'allianceMembership') return ALLIANCE_MEMBERSHIP_LABELS[text as AllianceMembership] ?? text;
  if (key === 'unitId') return lookups?.units.get(Number(text)) ?? `Đơn vị #${text}`;
  if (key === 'successorId') return lookups?.organizations.get(Number(text)) ?? `Tổ chức #${text}`;
  return text;
}

export type FieldChange = { key: string; label: string; before: string; after: string };

type Json = unknown;

/** The visible changes of one audit row (before/after objects of changed fields). */
export function auditChanges(before: Json, after: Json, lookups?: AuditLookups): FieldChange[] {
  const b = (before && typeof before === 'object' && !Array.isArray(before) ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' && !Array.isArray(after) ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN_AUDIT_KEYS.has(k));
  const order = Object.keys(FIELD_LABELS);
  keys.sort((x, y) => (order.indexOf(x) === -1 ? 999 : order.indexOf(x)) - (order.indexOf(y) === -1 ? 999 : order.indexOf(y)));
  return keys.map((key) => ({
    key,
    label: fieldLabel(key),
    before: formatFieldValue(key, b[key], lookups),
    after: formatFieldValue(key, a[key], lookups),
  }));
}

/** Ids of units and organizations an audit row refers to, to look their names up in one query. */
export function referencedIds(rows: { before: Json; after: Json }[]): { unitIds: number[]; organizationIds: number[] } {
  const units = new Set<number>();
  const orgs = new Set<number>();
  for (const row of rows) {
    for (const side of [row.before, row.after]) {
      if (!side || typeof side !== 'object' || Array.isArray(side)) continue;
      const o = side as Record<string, unknown>;
      if (o.unitId != null && /^\d+$/.test(String(o.unitId))) units.add(Number(o.unitId));
      if (o.successorId != null && /^\d+$/.test(String(o.successorId))) orgs.add(Number(o.successorId));
    }
  }
  return { unitIds: [...units], organizationIds: [...orgs] };
}
