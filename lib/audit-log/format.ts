/**
 * Audit rows as people read them: Vietnamese names for entities, actions and fields, and values
 * formatted as the rest of the workspace formats them (dates, money, enums, names of the users
 * and units an id points at). Pure functions, shared by the global audit view and the history
 * tab of each record (components/workspace/audit-diff.tsx).
 */
import { roleLabels } from '@/lib/auth/permissions';
import { formatDate, formatDateTime } from '@/lib/format/date';
import {
  articleStatusLabels,
  commentStateLabels,
  documentScopeLabels,
  documentTypeLabels,
  feedbackStatusLabels,
  submissionStateLabels,
  validityLabels,
} from '@/lib/format/labels';
import { formatArea, formatMoney, formatNumber } from '@/lib/format/number';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  MEMBER_TYPE_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  RATING_LABELS,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';
import { unitLevelLabels } from '@/lib/units/labels';

export const entityLabels: Record<string, string> = {
  User: 'Người dùng',
  AdministrativeUnit: 'Đơn vị hành chính',
  UnitSuccession: 'Kế thừa đơn vị',
  Organization: 'Tổ chức',
  StatusChange: 'Trạng thái tổ chức',
  Member: 'Thành viên',
  CapitalContribution: 'Vốn góp',
  OrganizationReport: 'Báo cáo định kỳ',
  RatingAssessment: 'Xếp loại',
  Feedback: 'Ý kiến',
  Article: 'Tin bài',
  ArticleComment: 'Bình luận',
  Category: 'Chuyên mục',
  LegalDocument: 'Văn bản',
  Page: 'Trang',
  Media: 'Tệp',
  ValidationRule: 'Quy tắc kiểm tra',
  PlanTarget: 'Chỉ tiêu kế hoạch',
  SupportActivity: 'Hoạt động hỗ trợ',
  Loan: 'Khoản vay',
  Award: 'Khen thưởng',
  SiteLink: 'Liên kết menu, chân trang',
};

export const entityLabel = (entity: string): string => entityLabels[entity] ?? entity;

const actionLabels: Record<string, string> = {
  'auth.signIn': 'Đăng nhập',
  'auth.signInFailed': 'Đăng nhập không thành công',
  'auth.signInLocked': 'Tạm khóa đăng nhập',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.deactivate': 'Khóa tài khoản',
  'user.reactivate': 'Mở khóa tài khoản',
  'user.resetPassword': 'Cấp lại mật khẩu',
  'user.changePassword': 'Đổi mật khẩu',
  'user.acceptInvitation': 'Nhận lời mời, đặt mật khẩu',
  'unit.create': 'Thêm đơn vị',
  'unit.update': 'Đổi tên đơn vị',
  'unit.close': 'Đóng đơn vị',
  'unit.merge': 'Sáp nhập đơn vị',
  'organization.moveUnit': 'Chuyển đơn vị (do sáp nhập)',
  'feedback.assign': 'Giao xử lý ý kiến',
  'feedback.reply': 'Trả lời ý kiến',
  'feedback.spam': 'Đánh dấu thư rác',
  'feedback.close': 'Đóng ý kiến',
  'feedback.reopen': 'Mở lại ý kiến',
  'article.submit': 'Gửi duyệt tin bài',
  'article.return': 'Trả lại tin bài',
  'article.publish': 'Xuất bản tin bài',
  'article.schedule': 'Hẹn giờ đăng tin bài',
  'article.cancelSchedule': 'Hủy hẹn giờ đăng',
  'article.unpublish': 'Gỡ tin bài xuống',
  'article.scheduleUnpublish': 'Hẹn giờ gỡ tin bài',
  'article.archive': 'Lưu trữ tin bài',
  'article.reopen': 'Mở lại tin bài để sửa',
  'article.newDraft': 'Tạo bản sửa đổi của tin đang đăng',
  'article.discardDraft': 'Bỏ bản sửa đổi',
  'article.restoreRevision': 'Khôi phục phiên bản tin bài',
  'article.preview': 'Tạo liên kết xem trước',
  'site-link.move': 'Đổi thứ tự liên kết',
  'site-link.hide': 'Ẩn liên kết',
  'site-link.show': 'Hiện liên kết',
  'comment.create': 'Bạn đọc gửi bình luận',
  'comment.publish': 'Đăng bình luận',
  'comment.reject': 'Từ chối bình luận',
  'comment.delete': 'Xóa bình luận',
};

/** Generic verbs for actions named "<entity>.<verb>" that have no label of their own. */
const verbLabels: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  delete: 'Xóa',
  restore: 'Khôi phục',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  approve: 'Duyệt',
  submit: 'Gửi',
  return: 'Trả lại',
  import: 'Nhập từ tệp',
  correct: 'Đính chính',
  changeStatus: 'Đổi trạng thái',
};

export function actionLabel(action: string, entity?: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const verb = verbLabels[action.split('.').pop() ?? ''];
  if (verb && entity) return `${verb} ${entityLabel(entity).toLowerCase()}`;
  return action;
}

const fieldLabels: Record<string, string> = {
  name: 'Tên',
  email: 'Email',
  role: 'Vai trò',
  unitId: 'Đơn vị',
  active: 'Đang hoạt động',
  mustChangePassword: 'Phải đổi mật khẩu',
  credential: 'Cách cấp mật khẩu',
  revokedInvitations: 'Liên kết mời bị thu hồi',
  code: 'Mã',
  type: 'Loại',
  level: 'Cấp',
  parentId: 'Đơn vị cấp trên',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  successorId: 'Đơn vị kế thừa',
  predecessorIds: 'Các đơn vị cũ',
  effectiveOn: 'Ngày hiệu lực',
  share: 'Tỷ lệ',
  note: 'Ghi chú',
  movedOrganizations: 'Số tổ chức được chuyển',
  movedUsers: 'Số người dùng được chuyển',
  status: 'Trạng thái',
  reason: 'Lý do',
  decisionNumber: 'Số quyết định',
  assignedToId: 'Người xử lý',
  reply: 'Nội dung trả lời',
  replyPublished: 'Công khai trả lời',
  repliedAt: 'Thời điểm trả lời',
  repliedById: 'Người trả lời',
  subject: 'Tiêu đề',
  message: 'Nội dung',
  kind: 'Loại hình',
  slug: 'Đường dẫn',
  shortName: 'Tên viết tắt',
  registrationNumber: 'Mã số HTX / số giấy chứng nhận',
  taxCode: 'Mã số thuế',
  sector: 'Lĩnh vực',
  sectorGroup: 'Nhóm lĩnh vực',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  website: 'Trang web',
  leaderName: 'Người đại diện',
  leaderTitle: 'Chức vụ',
  establishedOn: 'Ngày thành lập',
  allianceMembership: 'Thành viên Liên minh',
  allianceJoinedOn: 'Ngày gia nhập Liên minh',
  charterCapital: 'Vốn điều lệ',
  mainProducts: 'Sản phẩm chính',
  description: 'Giới thiệu',
  isNewModel: 'Mô hình mới',
  hasValueChainLink: 'Liên kết chuỗi giá trị',
  hasVietGap: 'Đạt VietGAP',
  hasGlobalGap: 'Đạt GlobalGAP',
  version: 'Phiên bản',
  deletedAt: 'Thời điểm xóa',
  idNumber: 'Số CCCD / mã số',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  joinedOn: 'Ngày gia nhập',
  leftOn: 'Ngày ra khỏi',
  amount: 'Số tiền',
  form: 'Hình thức góp',
  contributedOn: 'Ngày góp',
  members: 'Số thành viên',
  officialMembers: 'Thành viên chính thức',
  regularWorkers: 'Lao động thường xuyên',
  seasonalWorkers: 'Lao động thời vụ',
  contributedCapital: 'Vốn góp',
  landAreaHa: 'Diện tích canh tác',
  revenue: 'Doanh thu',
  profit: 'Lợi nhuận',
  avgWorkerIncome: 'Thu nhập bình quân của lao động',
  state: 'Tình trạng báo cáo',
  returnReason: 'Lý do trả lại',
  rating: 'Xếp loại',
  totalPoints: 'Tổng điểm',
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  body: 'Nội dung',
  categoryId: 'Chuyên mục',
  featured: 'Tin nổi bật',
  commentsEnabled: 'Cho phép bình luận',
  publishedAt: 'Thời điểm xuất bản',
  published: 'Công khai',
  number: 'Số hiệu',
  signer: 'Người ký',
  issuedOn: 'Ngày ban hành',
  expiredOn: 'Ngày hết hiệu lực',
  validity: 'Tình trạng hiệu lực',
  abstract: 'Trích yếu',
  scope: 'Phạm vi',
  severity: 'Mức độ',
  params: 'Tham số',
};

/** Labels that differ by entity: a user's "name" is their full name, an organization's successor is an organization. */
const entityFieldLabels: Record<string, string> = {
  'User.name': 'Họ và tên',
  'User.unitId': 'Địa bàn phụ trách',
  'Organization.successorId': 'Tổ chức kế thừa',
  'Organization.unitId': 'Đơn vị hành chính',
  'Member.type': 'Loại thành viên',
  'LegalDocument.type': 'Loại văn bản',
  'Feedback.name': 'Người gửi',
  'SiteLink.label': 'Tên hiển thị',
  'SiteLink.href': 'Đường dẫn',
  'SiteLink.parentId': 'Mục cấp trên',
  'SiteLink.location': 'Vị trí',
  'SiteLink.position': 'Thứ tự',
  'SiteLink.visible': 'Hiển thị',
  'ArticleComment.state': 'Trạng thái',
  'ArticleComment.articleId': 'Tin bài',
};

export function fieldLabel(entity: string, field: string): string {
  return entityFieldLabels[`${entity}.${field}`] ?? fieldLabels[field] ?? field;
}

type Labels = Record<string, string>;

const enumLabels: Record<string, Labels> = {
  role: roleLabels,
  level: unitLevelLabels,
  kind: ORG_KIND_LABELS,
  sector: SECTOR_LABELS,
  sectorGroup: SECTOR_GROUP_LABELS,
  allianceMembership: ALLIANCE_MEMBERSHIP_LABELS,
  rating: RATING_LABELS,
  state: submissionStateLabels,
  scope: documentScopeLabels,
  validity: validityLabels,
  credential: { password: 'Mật khẩu tạm thời', invitation: 'Liên kết mời' },
  form: { CASH: 'Tiền mặt', ASSET: 'Tài sản', LAND_USE_RIGHT: 'Quyền sử dụng đất', OTHER: 'Khác' },
  severity: { WARN: 'Cảnh báo', BLOCK: 'Chặn' },
};

const entityEnumLabels: Record<string, Labels> = {
  'Feedback.status': feedbackStatusLabels,
  'Organization.status': ORG_STATUS_LABELS,
  'StatusChange.status': ORG_STATUS_LABELS,
  'OrganizationReport.status': ORG_STATUS_LABELS,
  'Article.status': articleStatusLabels,
  'ArticleComment.state': commentStateLabels,
  'Member.type': MEMBER_TYPE_LABELS,
  'LegalDocument.type': documentTypeLabels,
  'SiteLink.location': { MENU: 'Menu chính', FOOTER: 'Liên kết chân trang' },
};

const MONEY_FIELDS = new Set([
  'charterCapital',
  'contributedCapital',
  'amount',
  'principal',
  'outstanding',
  'overdue',
  'revenue',
  'profit',
  'avgWorkerIncome',
  'operatingCapital',
  'deposits',
  'loansOutstanding',
]);

const DATE_FIELDS = new Set([
  'validFrom',
  'validTo',
  'effectiveOn',
  'establishedOn',
  'allianceJoinedOn',
  'joinedOn',
  'leftOn',
  'contributedOn',
  'issuedOn',
  'expiredOn',
  'decisionDate',
  'disbursedOn',
  'maturesOn',
  'repaidOn',
  'startsOn',
  'endsOn',
  'deadline',
  'assessedOn',
]);

const USER_REF_FIELDS = new Set(['assignedToId', 'repliedById', 'createdById', 'reviewedById', 'authorId', 'editorId', 'userId']);
const UNIT_REF_FIELDS = new Set(['unitId', 'parentId', 'predecessorIds']);

/** Names of the users and units that audit values point at, loaded by the page (lib/audit-log/queries.ts). */
export type AuditRefs = { users: ReadonlyMap<number, string>; units: ReadonlyMap<number, string> };

export const noRefs: AuditRefs = { users: new Map(), units: new Map() };

function isUnitRef(entity: string, field: string): boolean {
  // A menu entry's parentId is another menu entry, not a unit.
  if (entity === 'SiteLink') return false;
  return UNIT_REF_FIELDS.has(field) || (field === 'successorId' && entity === 'AdministrativeUnit');
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const EMPTY = '(trống)';
/** What an empty value means for some fields. */
const emptyLabels: Record<string, string> = { 'User.unitId': 'Toàn tỉnh', 'AdministrativeUnit.validTo': 'Chưa đóng' };
const MAX_TEXT = 400;

function refName(map: ReadonlyMap<number, string>, value: unknown): string | null {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
  if (id == null) return null;
  return map.get(id) ?? `#${id}`;
}

/** One audit value as text: "30/06/2025", "412.296.737.000 đồng", "Cán bộ Liên minh", "Xã Giồng Riềng". */
export function formatAuditValue(entity: string, field: string, value: unknown, refs: AuditRefs = noRefs): string {
  if (value === null || value === undefined || value === '') return emptyLabels[`${entity}.${field}`] ?? EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((v) => formatAuditValue(entity, field, v, refs)).join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (USER_REF_FIELDS.has(field)) return refName(refs.users, value) ?? String(value);
  if (isUnitRef(entity, field)) return refName(refs.units, value) ?? String(value);
  if (typeof value === 'object') return JSON.stringify(value);

  const text = String(value);
  const labels = entityEnumLabels[`${entity}.${field}`] ?? enumLabels[field];
  if (labels && Object.hasOwn(labels, text)) return labels[text];
  try {
    if (MONEY_FIELDS.has(field) && /^-?\d+$/.test(text)) return formatMoney(text);
    if (field === 'landAreaHa' && /^-?\d+(\.\d+)?$/.test(text)) return formatArea(text);
    if (field === 'share' && /^\d+(\.\d+)?$/.test(text)) return `${formatNumber(Number(text) * 100)}%`;
    if (ISO_DATE_TIME.test(text)) {
      // Date-only columns are stored at UTC midnight; anything else is a moment.
      return DATE_FIELDS.has(field) || text.includes('T00:00:00.000Z') ? formatDate(text) : formatDateTime(text);
    }
  } catch {
    return text;
  }
  if (typeof value === 'number') return formatNumber(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

export type AuditChange = { field: string; label: string; before: string | null; after: string | null };

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * The fields of an audit row, each with its label and both values formatted. A field missing from
 * one side (a creation has no "before") gives null there, which the view shows as "—".
 */
export function auditChanges(entity: string, before: unknown, after: unknown, refs: AuditRefs = noRefs): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => ({
    field,
    label: fieldLabel(entity, field),
    before: b && field in b ? formatAuditValue(entity, field, b[field], refs) : null,
    after: a && field in a ? formatAuditValue(entity, field, a[field], refs) : null,
  }));
}

/** Ids of users and units named in audit rows, so their names can be loaded in two queries. */
export function collectAuditRefs(rows: { entity: string; before: unknown; after: unknown }[]): { userIds: number[]; unitIds: number[] } {
  const users = new Set<number>();
  const units = new Set<number>();
  const add = (set: Set<number>, value: unknown) => {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'number' && Number.isInteger(v)) set.add(v);
      else if (typeof v === 'string' && /^\d{1,9}$/.test(v)) set.add(Number(v));
    }
  };
  for (const row of rows) {
    for (const side of [asRecord(row.before), asRecord(row.after)]) {
      if (!side) continue;
      for (const [field, value] of Object.entries(side)) {
        if (USER_REF_FIELDS.has(field)) add(users, value);
        else if (isUnitRef(row.entity, field)) add(units, value);
      }
    }
  }
  return { userIds: [...users], unitIds: [...units] };
}
