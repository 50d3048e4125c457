import type { Role } from '@/lib/generated/prisma/enums';

/**
 * Who may do what: one typed table read by the server guards and by the UI that hides what a
 * role cannot do. Permissions in `scopedPermissions` are further limited, for scoped roles, to
 * the administrative unit (and its sub-units) the user is assigned to.
 */
export const permissions = {
  'workspace.view': ['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER', 'ORG_REPRESENTATIVE'],
  'organization.read': ['ADMIN', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  /** The representative's own organization page ("Tổ chức của tôi"); requireOrganization checks it is theirs. */
  'organization.own': ['ORG_REPRESENTATIVE'],
  'organization.create': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'organization.update': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'organization.delete': ['ADMIN'],
  /** Enter and submit periodic reports (a representative: only its own organization's). */
  'report.submit': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER', 'ORG_REPRESENTATIVE'],
  /** Approve, return, bulk-approve and unlock (with a reason) reports and rating self-assessments. */
  'report.approve': ['ADMIN', 'STAFF'],
  /** Read completeness and timeliness of reporting, and the list of who has not reported. */
  'report.monitor': ['ADMIN', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  /** Reporting periods and deadlines; opening a period creates its expected reports. */
  'period.manage': ['ADMIN'],
  /** Rating self-assessment (a representative: its own organization's). */
  'rating.assess': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER', 'ORG_REPRESENTATIVE'],
  /** Rating schemes: criteria, bands, the kinds they apply to, from which year. */
  'rating.manage': ['ADMIN'],
  /** Create and deactivate an organization's representative account, from the organization's page. */
  'representative.manage': ['ADMIN', 'STAFF'],
  /** Plan targets (kế hoạch, chỉ tiêu) and their entered results. */
  'plan.manage': ['ADMIN', 'STAFF'],
  /** Support activities, loans and awards. */
  'support.manage': ['ADMIN', 'STAFF'],
  'support.read': ['ADMIN', 'STAFF', 'LEADER'],
  'import.run': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'stats.view': ['ADMIN', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  'report.export': ['ADMIN', 'STAFF', 'LEADER'],
  // Staff write drafts and submit them; editors publish (issue 9).
  'article.write': ['ADMIN', 'EDITOR', 'STAFF'],
  'article.publish': ['ADMIN', 'EDITOR'],
  'document.manage': ['ADMIN', 'EDITOR'],
  /** Readers' comments on articles: publish, reject, delete (the Ban biên tập's call, like publishing). */
  'comment.moderate': ['ADMIN', 'EDITOR'],
  /** The media library: upload, describe and delete images and files. */
  'media.manage': ['ADMIN', 'EDITOR', 'STAFF'],
  /** Static pages (Giới thiệu, Cơ cấu tổ chức, Liên hệ, the English pages). */
  'page.manage': ['ADMIN', 'EDITOR'],
  /** The public top menu and the footer's links (/quan-tri/menu). */
  'menu.manage': ['ADMIN', 'EDITOR'],
  /** Photo albums and video clips (Thư viện ảnh, Phim tư liệu). */
  'gallery.manage': ['ADMIN', 'EDITOR'],
  /** Questions and answers by topic (Hỏi đáp). */
  'faq.manage': ['ADMIN', 'EDITOR'],
  /** The leaders' weekly work schedule (Lịch công tác). */
  'schedule.manage': ['ADMIN', 'STAFF', 'EDITOR'],
  // Staff answer the public's feedback too (issue 6).
  'feedback.manage': ['ADMIN', 'EDITOR', 'STAFF'],
  'user.manage': ['ADMIN'],
  'unit.manage': ['ADMIN'],
  'category.manage': ['ADMIN'],
  /** Data-entry rules (ValidationRule): thresholds, severity and wording of the Law's checks. */
  'rule.manage': ['ADMIN'],
  'audit.view': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** Roles whose data-entry rights stop at the borders of their own unit. */
export const scopedRoles: readonly Role[] = ['DISTRICT_OFFICER'];

export const scopedPermissions: ReadonlySet<Permission> = new Set<Permission>([
  'organization.read',
  'organization.create',
  'organization.update',
  'report.submit',
  'report.monitor',
  'rating.assess',
  'import.run',
]);

/**
 * Roles tied to one organization (User.organizationId): every permission they hold is limited to
 * it, and pages that list many organizations must not open to them.
 */
export const organizationRoles: readonly Role[] = ['ORG_REPRESENTATIVE'];

export function roleHas(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  EDITOR: 'Biên tập viên',
  STAFF: 'Cán bộ Liên minh',
  LEADER: 'Lãnh đạo',
  DISTRICT_OFFICER: 'Cán bộ cấp xã/huyện',
  ORG_REPRESENTATIVE: 'Đại diện tổ chức',
};
