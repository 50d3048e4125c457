/**
 * The report checks as the table starts with them (ValidationRule rows with target REPORT). The
 * seed upserts them; a database seeded before they existed gets the missing codes the first time a
 * report is checked (lib/reports/rules.ts), so no migration is needed. Admins retune them at
 * /quan-tri/quy-tac like the Law's membership rules.
 */
import type { OrgKind, RuleSeverity } from '@/lib/generated/prisma/enums';

export type ReportRuleDefault = {
  code: string;
  target: 'REPORT';
  orgKinds: OrgKind[];
  severity: RuleSeverity;
  message: string;
  params: Record<string, number>;
  legalBasis: string | null;
};

export const REPORT_RULE_DEFAULTS: readonly ReportRuleDefault[] = [
  {
    code: 'report_negative_values',
    target: 'REPORT',
    orgKinds: [],
    severity: 'BLOCK',
    message: '{field} không được là số âm (đang ghi {value}).',
    params: {},
    legalBasis: null,
  },
  {
    code: 'report_absurd_values',
    target: 'REPORT',
    orgKinds: [],
    severity: 'WARN',
    message: '{field} bất thường: {value}, vượt mức hợp lý {limit}. Đề nghị kiểm tra lại hoặc giải trình.',
    params: { maxMembers: 100_000, maxWorkers: 50_000, maxLandHa: 100_000, maxIncomeMillions: 100 },
    legalBasis: null,
  },
  {
    code: 'report_profit_above_revenue',
    target: 'REPORT',
    orgKinds: [],
    severity: 'WARN',
    message: 'Lợi nhuận ({profit}) lớn hơn doanh thu ({revenue}): đề nghị kiểm tra lại hoặc giải trình.',
    params: {},
    legalBasis: null,
  },
  {
    code: 'report_official_above_members',
    target: 'REPORT',
    orgKinds: [],
    severity: 'BLOCK',
    message: 'Số thành viên chính thức ({official}) không thể lớn hơn tổng số thành viên ({members}).',
    params: {},
    legalBasis: null,
  },
  {
    code: 'report_managers_breakdown',
    target: 'REPORT',
    orgKinds: [],
    severity: 'WARN',
    message: 'Cán bộ quản lý theo trình độ cộng lại ({sum}) nhiều hơn tổng số cán bộ quản lý ({total}).',
    params: {},
    legalBasis: null,
  },
  {
    code: 'report_sharp_drop',
    target: 'REPORT',
    orgKinds: [],
    severity: 'WARN',
    message: '{field} giảm {drop} so với {period} ({previous} → {current}), quá mức {max}: cần giải trình.',
    params: { maxDrop: 0.5 },
    legalBasis: null,
  },
  {
    code: 'report_outside_lifetime',
    target: 'REPORT',
    orgKinds: [],
    severity: 'BLOCK',
    message: 'Không thể báo cáo {period}: {reason}.',
    params: {},
    legalBasis: null,
  },
  {
    code: 'report_nil_only_when_suspended',
    target: 'REPORT',
    orgKinds: [],
    severity: 'BLOCK',
    message: 'Chỉ tổ chức tạm ngừng hoạt động mới gửi báo cáo không phát sinh; cuối kỳ tổ chức đang ở tình trạng {status}.',
    params: {},
    legalBasis: null,
  },
];
