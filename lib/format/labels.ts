/**
 * Vietnamese labels for the enums users see. Code keeps the English enum values. Labels of
 * organizations (kind, sector, status, rating, member type) live in lib/organizations/sectors.ts.
 */
import type {
  ArticleStatus,
  CommentState,
  DocumentScope,
  DocumentType,
  FeedbackStatus,
  PeriodKind,
  SubmissionState,
  Validity,
} from '@/lib/generated/prisma/enums';

export const documentScopeLabels: Record<DocumentScope, string> = {
  CENTRAL: 'Văn bản Trung ương',
  LOCAL: 'Văn bản địa phương',
  UNIT: 'Văn bản đơn vị',
};

export const documentTypeLabels: Record<DocumentType, string> = {
  LAW: 'Luật',
  RESOLUTION: 'Nghị quyết',
  DECREE: 'Nghị định',
  DECISION: 'Quyết định',
  CIRCULAR: 'Thông tư',
  DIRECTIVE: 'Chỉ thị',
  PLAN: 'Kế hoạch',
  OFFICIAL_LETTER: 'Công văn',
  GUIDANCE: 'Hướng dẫn',
  REPORT: 'Báo cáo',
  NOTICE: 'Thông báo',
  OTHER: 'Văn bản khác',
};

export const validityLabels: Record<Validity, string> = {
  NOT_YET_IN_FORCE: 'Chưa có hiệu lực',
  IN_FORCE: 'Còn hiệu lực',
  PARTIALLY_EXPIRED: 'Hết hiệu lực một phần',
  EXPIRED: 'Hết hiệu lực',
};

export const articleStatusLabels: Record<ArticleStatus, string> = {
  DRAFT: 'Bản nháp',
  IN_REVIEW: 'Chờ duyệt',
  PUBLISHED: 'Đã xuất bản',
  ARCHIVED: 'Lưu trữ',
  SCHEDULED: 'Hẹn giờ đăng',
  UNPUBLISHED: 'Đã gỡ xuống',
};

export const commentStateLabels: Record<CommentState, string> = {
  PENDING: 'Chờ duyệt',
  PUBLISHED: 'Đã đăng',
  REJECTED: 'Đã từ chối',
};

export const feedbackStatusLabels: Record<FeedbackStatus, string> = {
  NEW: 'Mới',
  IN_PROGRESS: 'Đang xử lý',
  ANSWERED: 'Đã trả lời',
  CLOSED: 'Đã đóng',
  SPAM: 'Thư rác',
};

export const periodKindLabels: Record<PeriodKind, string> = {
  FIRST_HALF: '6 tháng đầu năm',
  FULL_YEAR: 'Cả năm',
};

export const submissionStateLabels: Record<SubmissionState, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Đã gửi',
  APPROVED: 'Đã duyệt',
  RETURNED: 'Trả lại',
};

/** "6 tháng đầu năm 2025", "năm 2024". */
export function formatPeriod(kind: PeriodKind, year: number): string {
  return kind === 'FIRST_HALF' ? `6 tháng đầu năm ${year}` : `năm ${year}`;
}
