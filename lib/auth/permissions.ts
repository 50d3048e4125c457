import type { Role } from '@/lib/generated/prisma/enums';

/**
 * Who may do what: one typed table read by the server guards and by the UI that hides what a
 * role cannot do. Permissions in `scopedPermissions` are further limited, for scoped roles, to
 * the administrative unit (and its sub-units) the user is assigned to.
 */
export const permissions = {
  'workspace.view': ['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  'organization.read': ['ADMIN', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  'organization.create': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'organization.update': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'organization.delete': ['ADMIN'],
  'report.submit': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'report.approve': ['ADMIN', 'STAFF'],
  'support.manage': ['ADMIN', 'STAFF'],
  'import.run': ['ADMIN', 'STAFF', 'DISTRICT_OFFICER'],
  'stats.view': ['ADMIN', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'],
  'report.export': ['ADMIN', 'STAFF', 'LEADER'],
  'article.write': ['ADMIN', 'EDITOR'],
  'article.publish': ['ADMIN', 'EDITOR'],
  'document.manage': ['ADMIN', 'EDITOR'],
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
  'import.run',
]);

export function roleHas(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  EDITOR: 'Biên tập viên',
  STAFF: 'Cán bộ Liên minh',
  LEADER: 'Lãnh đạo',
  DISTRICT_OFFICER: 'Cán bộ cấp xã/huyện',
};
