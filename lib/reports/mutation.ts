/**
 * The life of a periodic report, as pure functions over a transaction client, so that server
 * actions, the grid and the spreadsheet import run the very same checks:
 *
 *   DRAFT ──submit──► SUBMITTED ──approve──► APPROVED (locked)
 *     ▲                   │                     │
 *     └──save── RETURNED ◄┘ return (reason)     └─unlock (reason, audited)─► DRAFT
 *
 * - save: figures entered or corrected (DRAFT, or RETURNED which becomes DRAFT again). A submitted
 *   report waits for review: only a reviewer may correct it (it stays SUBMITTED). An approved one is
 *   locked: nobody edits it before it is unlocked. BLOCK rules refuse saving; WARN rules do not.
 * - submit: BLOCK rules refuse; WARN rules need the reporter's comment; the warnings standing are
 *   kept on the report for the reviewer. The first submission dates the report (on time or late).
 * - approve / return / unlock / bulk approve: alliance staff (report.approve) only; return and
 *   unlock need a reason. Unlock sends the report back to DRAFT (with the reason shown as the
 *   return reason) so that its reporter corrects and submits it again.
 *
 * Who: report.submit holders within their scope (a district officer: organizations of its unit; a
 * representative: its own organization only). Every transition writes an audit row. Every write
 * checks the version the caller saw (optimistic concurrency): a stale form is refused, not merged.
 * Refusals are returned, never thrown, and come before any write, so an import can collect them.
 */
import type { FieldErrors } from '@/lib/actions/state';
import { fieldErrorsOf } from '@/lib/actions/state';
import type { SessionUser } from '@/lib/auth/options';
import { roleHas } from '@/lib/auth/permissions';
import { isUnitWithin } from '@/lib/auth/scope';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { formatPeriod } from '@/lib/format/labels';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, OrgStatus, SubmissionState } from '@/lib/generated/prisma/enums';
import { cleanText } from '@/lib/members/schema';

import { placementAtPeriodEnd } from './expected';
import { loadReportRules } from './rules';
import { parseReport, REPORT_FIELDS, REPORT_FIGURES_SELECT, type ReportInput, type ReportValues } from './schema';
import { evaluateReportRules, firstEnd, type ReportCheck, type ReportFinding } from './validate';

type Tx = Prisma.TransactionClient;

export type ReportActor = Pick<SessionUser, 'id' | 'role' | 'unitId' | 'organizationId'>;

export type Refusal = {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** BLOCK findings that refused the change. */
  blocking: ReportFinding[];
  /** WARN findings standing (a submission without a comment is refused on them). */
  warnings: ReportFinding[];
};

export type TransitionResult = { ok: true; reportId: number; state: SubmissionState; version: number; warnings: ReportFinding[] } | Refusal;

function refuse(message: string, extra: Partial<Omit<Refusal, 'ok' | 'message'>> = {}): Refusal {
  return { ok: false, message, fieldErrors: extra.fieldErrors ?? {}, blocking: extra.blocking ?? [], warnings: extra.warnings ?? [] };
}

export const STALE_MESSAGE = 'Báo cáo vừa được người khác thay đổi sau khi bạn mở nó. Hãy tải lại trang để xem bản mới nhất rồi nhập lại.';
export const LOCKED_MESSAGE = 'Báo cáo đã được duyệt và khoá: không sửa được. Cần cán bộ Liên minh mở khoá (kèm lý do) trước khi sửa.';
const NO_APPROVE = 'Chỉ cán bộ Liên minh được duyệt, trả lại hoặc mở khoá báo cáo.';
const NOT_FOUND = 'Không tìm thấy báo cáo.';

/** The figure columns of OrganizationReport, in the order of the form. */
const FIGURES = REPORT_FIELDS.map((f) => f.name);

const REPORT_SELECT = {
  id: true,
  organizationId: true,
  periodId: true,
  state: true,
  version: true,
  enteredAt: true,
  comment: true,
  nilReport: true,
  firstSubmittedAt: true,
  returnReason: true,
  ...REPORT_FIGURES_SELECT,
} as const satisfies Prisma.OrganizationReportSelect;

type ReportRow = Prisma.OrganizationReportGetPayload<{ select: typeof REPORT_SELECT }>;

/** A stored report's figures as the rules read them. */
export function rowToValues(row: ReportRow): ReportValues {
  return {
    members: row.members,
    officialMembers: row.officialMembers,
    regularWorkers: row.regularWorkers,
    seasonalWorkers: row.seasonalWorkers,
    charterCapital: row.charterCapital,
    contributedCapital: row.contributedCapital,
    landAreaHa: row.landAreaHa.toFixed(2),
    revenue: row.revenue,
    profit: row.profit,
    avgWorkerIncome: row.avgWorkerIncome,
    managersTotal: row.managersTotal,
    managersPostgraduate: row.managersPostgraduate,
    managersUniversity: row.managersUniversity,
    managersCollege: row.managersCollege,
    managersVocational: row.managersVocational,
    managersUntrained: row.managersUntrained,
    operatingCapital: row.operatingCapital,
    deposits: row.deposits,
    loansOutstanding: row.loansOutstanding,
    badDebtRatio: row.badDebtRatio ? row.badDebtRatio.toFixed(2) : null,
    nilReport: row.nilReport,
    comment: row.comment,
  };
}

type OrgForReport = { id: number; kind: OrgKind; unitId: number; status: OrgStatus; establishedOn: Date | null; deletedAt: Date | null };

async function loadOrganization(tx: Tx, organizationId: number): Promise<OrgForReport | null> {
  if (!Number.isSafeInteger(organizationId)) return null;
  return tx.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, kind: true, unitId: true, status: true, establishedOn: true, deletedAt: true },
  });
}

/**
 * May `user` enter and submit reports for this organization? The role must hold report.submit; a
 * representative only for its own organization; a district officer for the organizations of its
 * unit (today's unit of the organization: the officer answers for the organizations it has now).
 */
export async function canReportFor(tx: Tx, user: ReportActor, org: { id: number; unitId: number }): Promise<boolean> {
  if (!roleHas(user.role, 'report.submit')) return false;
  if (user.role === 'ORG_REPRESENTATIVE') return user.organizationId === org.id;
  if (user.role === 'DISTRICT_OFFICER') return user.unitId != null && isUnitWithin(tx, org.unitId, user.unitId);
  return true;
}

/** What the rules look at besides the figures: the period, the previous report, the status history. */
async function ruleContext(tx: Tx, org: OrgForReport, periodId: number, values: ReportValues) {
  const period = await tx.reportingPeriod.findUnique({ where: { id: periodId }, select: { year: true, kind: true, startsOn: true, endsOn: true } });
  if (!period) return null;
  const [history, previous] = await Promise.all([
    tx.statusChange.findMany({ where: { organizationId: org.id }, select: { id: true, status: true, effectiveOn: true }, orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }] }),
    tx.organizationReport.findFirst({
      where: { organizationId: org.id, enteredAt: { not: null }, period: { endsOn: { lt: period.endsOn } } },
      orderBy: { period: { endsOn: 'desc' } },
      select: { members: true, charterCapital: true, period: { select: { year: true, kind: true } } },
    }),
  ]);
  const inForce = history.filter((h) => h.effectiveOn.getTime() <= period.endsOn.getTime());
  let statusAtEnd: OrgStatus | null;
  if (inForce.length > 0) statusAtEnd = inForce[inForce.length - 1].status;
  else if (org.establishedOn) statusAtEnd = org.establishedOn.getTime() <= period.endsOn.getTime() ? 'ACTIVE' : null;
  else statusAtEnd = history.length === 0 ? org.status : null;
  return {
    kind: org.kind,
    values,
    previous: previous ? { periodLabel: `kỳ ${formatPeriod(previous.period.kind, previous.period.year)}`, members: previous.members, charterCapital: previous.charterCapital } : null,
    period: { startsOn: period.startsOn, endsOn: period.endsOn, label: `kỳ ${formatPeriod(period.kind, period.year)}` },
    establishedOn: org.establishedOn,
    ended: firstEnd(history),
    statusAtEnd,
  };
}

/** Checks figures of an organization for a period against the rules (for the form's live view too). */
export async function checkReport(tx: Tx, org: OrgForReport, periodId: number, values: ReportValues): Promise<ReportCheck> {
  const ctx = await ruleContext(tx, org, periodId, values);
  if (!ctx) return { blocking: [], warnings: [] };
  return evaluateReportRules(await loadReportRules(tx), ctx);
}

/** Findings keyed by form field (the first message per field), for showing beside the inputs. */
export function findingsByField(findings: readonly ReportFinding[]): FieldErrors {
  const out: FieldErrors = {};
  for (const f of findings) out[f.field ?? '_form'] ??= f.message;
  return out;
}

function blockedMessage(blocking: readonly ReportFinding[]): string {
  return `Không lưu được: ${blocking.map((b) => b.message).join(' ')}`;
}

async function versionGuard(tx: Tx, id: number, version: number, data: Prisma.OrganizationReportUncheckedUpdateManyInput): Promise<boolean> {
  const res = await tx.organizationReport.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return res.count === 1;
}

export type SaveReportInput = {
  organizationId: number;
  periodId: number;
  /** Raw values (form text, grid cells, spreadsheet cells), keyed by field name. */
  values: ReportInput;
  /** The version the caller saw; null/undefined for a report it has not seen (import, first entry). */
  version?: number | null;
};

/** Enters or corrects a report's figures (enteredAt set). */
export async function saveReport(tx: Tx, user: ReportActor, input: SaveReportInput): Promise<TransitionResult> {
  if (!roleHas(user.role, 'report.submit')) return refuse('Bạn không có quyền nhập báo cáo.');
  const org = await loadOrganization(tx, input.organizationId);
  if (!org || org.deletedAt) return refuse('Không tìm thấy tổ chức.');
  if (!(await canReportFor(tx, user, org))) return refuse('Bạn không có quyền nhập báo cáo cho tổ chức này.');
  const period = Number.isSafeInteger(input.periodId)
    ? await tx.reportingPeriod.findUnique({ where: { id: input.periodId }, select: { id: true, openedAt: true } })
    : null;
  if (!period) return refuse('Không tìm thấy kỳ báo cáo.');
  if (!period.openedAt) return refuse('Kỳ báo cáo này chưa mở: chưa nhập được báo cáo.');

  const existing = await tx.organizationReport.findUnique({
    where: { organizationId_periodId: { organizationId: org.id, periodId: period.id } },
    select: REPORT_SELECT,
  });
  if (existing) {
    if (existing.state === 'APPROVED') return refuse(LOCKED_MESSAGE);
    if (existing.state === 'SUBMITTED' && !roleHas(user.role, 'report.approve')) {
      return refuse('Báo cáo đã gửi và đang chờ duyệt: không sửa được. Nếu cần sửa, đề nghị cán bộ Liên minh trả lại báo cáo.');
    }
    if (input.version != null && input.version !== existing.version) return refuse(STALE_MESSAGE);
  }

  const parsed = parseReport(org.kind, input.values);
  if (!parsed.success) return refuse('Vui lòng kiểm tra lại các ô được đánh dấu.', { fieldErrors: fieldErrorsOf(parsed.error) });
  const values = parsed.data;
  const check = await checkReport(tx, org, period.id, values);
  if (check.blocking.length > 0) {
    return refuse(blockedMessage(check.blocking), { fieldErrors: findingsByField(check.blocking), blocking: check.blocking, warnings: check.warnings });
  }

  const data = {
    ...Object.fromEntries(FIGURES.map((f) => [f, values[f]])),
    nilReport: values.nilReport,
    comment: values.comment,
    enteredAt: new Date(),
  } as Prisma.OrganizationReportUncheckedUpdateManyInput;

  let reportId: number;
  let state: SubmissionState;
  let version: number;
  if (existing) {
    // A returned report that is corrected is a draft again until it is submitted.
    state = existing.state === 'RETURNED' ? 'DRAFT' : existing.state;
    if (!(await versionGuard(tx, existing.id, existing.version, { ...data, state }))) return refuse(STALE_MESSAGE);
    reportId = existing.id;
    version = existing.version + 1;
    const before = { ...Object.fromEntries(FIGURES.map((f) => [f, existing[f]])), nilReport: existing.nilReport, comment: existing.comment, state: existing.state };
    const after = { ...Object.fromEntries(FIGURES.map((f) => [f, values[f]])), nilReport: values.nilReport, comment: values.comment, state };
    const diff = auditDiff(before, after);
    await recordAudit(tx, { userId: user.id, action: 'report.save', entity: 'OrganizationReport', entityId: String(reportId), ...diff });
  } else {
    const placement = (await placementAtPeriodEnd(tx, org.id, period.id)) ?? { unitId: org.unitId, status: org.status };
    const created = await tx.organizationReport.create({
      data: { ...(data as Prisma.OrganizationReportUncheckedCreateInput), organizationId: org.id, periodId: period.id, unitId: placement.unitId, status: placement.status },
      select: { id: true, version: true, state: true },
    });
    reportId = created.id;
    version = created.version;
    state = created.state;
    await recordAudit(tx, {
      userId: user.id,
      action: 'report.create',
      entity: 'OrganizationReport',
      entityId: String(reportId),
      after: auditValue({ organizationId: org.id, periodId: period.id, ...Object.fromEntries(FIGURES.map((f) => [f, values[f]])), nilReport: values.nilReport }) as Prisma.InputJsonValue,
    });
  }
  return { ok: true, reportId, state, version, warnings: check.warnings };
}

export type ReportRef = { organizationId: number; periodId: number; version?: number | null };

async function findReport(tx: Tx, ref: ReportRef | { reportId: number; version?: number | null }) {
  if ('reportId' in ref) {
    return Number.isSafeInteger(ref.reportId) ? tx.organizationReport.findUnique({ where: { id: ref.reportId }, select: REPORT_SELECT }) : null;
  }
  if (!Number.isSafeInteger(ref.organizationId) || !Number.isSafeInteger(ref.periodId)) return null;
  return tx.organizationReport.findUnique({ where: { organizationId_periodId: { organizationId: ref.organizationId, periodId: ref.periodId } }, select: REPORT_SELECT });
}

/**
 * Submits a report for review. BLOCK findings refuse it; WARN findings need a comment (the one
 * stored with the figures). The warnings standing are kept on the report for the reviewer.
 */
export async function submitReport(tx: Tx, user: ReportActor, ref: ReportRef): Promise<TransitionResult> {
  if (!roleHas(user.role, 'report.submit')) return refuse('Bạn không có quyền gửi báo cáo.');
  const report = await findReport(tx, ref);
  const org = report ? await loadOrganization(tx, report.organizationId) : null;
  if (!report || !org || org.deletedAt) return refuse(NOT_FOUND);
  if (!(await canReportFor(tx, user, org))) return refuse('Bạn không có quyền gửi báo cáo của tổ chức này.');
  if (report.state === 'APPROVED') return refuse(LOCKED_MESSAGE);
  if (report.state === 'SUBMITTED') return refuse('Báo cáo đã được gửi và đang chờ duyệt.');
  if (ref.version != null && ref.version !== report.version) return refuse(STALE_MESSAGE);
  if (!report.enteredAt) return refuse('Báo cáo chưa có số liệu: hãy nhập và lưu số liệu trước khi gửi.');

  const check = await checkReport(tx, org, report.periodId, rowToValues(report));
  if (check.blocking.length > 0) {
    return refuse(`Không gửi được: ${check.blocking.map((b) => b.message).join(' ')}`, {
      fieldErrors: findingsByField(check.blocking),
      blocking: check.blocking,
      warnings: check.warnings,
    });
  }
  if (check.warnings.length > 0 && !report.comment) {
    return refuse('Báo cáo có cảnh báo: hãy nhập giải trình (ô “Giải trình”) trước khi gửi.', {
      fieldErrors: { comment: 'Nhập giải trình cho các cảnh báo để gửi báo cáo.' },
      warnings: check.warnings,
    });
  }
  const now = new Date();
  const warnings = check.warnings.map((w) => ({ code: w.code, message: w.message }));
  const ok = await versionGuard(tx, report.id, report.version, {
    state: 'SUBMITTED',
    submittedAt: now,
    firstSubmittedAt: report.firstSubmittedAt ?? now,
    warnings: warnings.length > 0 ? warnings : [],
  });
  if (!ok) return refuse(STALE_MESSAGE);
  await recordAudit(tx, {
    userId: user.id,
    action: 'report.submit',
    entity: 'OrganizationReport',
    entityId: String(report.id),
    before: { state: report.state },
    after: { state: 'SUBMITTED', warnings, comment: report.comment },
  });
  return { ok: true, reportId: report.id, state: 'SUBMITTED', version: report.version + 1, warnings: check.warnings };
}

export type ReviewRef = { reportId: number; version?: number | null };

/** Approves a submitted report: its figures are locked from then on. */
export async function approveReport(tx: Tx, user: ReportActor, ref: ReviewRef): Promise<TransitionResult> {
  if (!roleHas(user.role, 'report.approve')) return refuse(NO_APPROVE);
  const report = await findReport(tx, ref);
  if (!report) return refuse(NOT_FOUND);
  if (report.state === 'APPROVED') return refuse('Báo cáo đã được duyệt.');
  if (report.state !== 'SUBMITTED') return refuse('Chỉ duyệt được báo cáo đã gửi.');
  if (ref.version != null && ref.version !== report.version) return refuse(STALE_MESSAGE);
  const ok = await versionGuard(tx, report.id, report.version, { state: 'APPROVED', reviewedAt: new Date(), reviewedById: user.id });
  if (!ok) return refuse(STALE_MESSAGE);
  await recordAudit(tx, { userId: user.id, action: 'report.approve', entity: 'OrganizationReport', entityId: String(report.id), before: { state: report.state }, after: { state: 'APPROVED' } });
  return { ok: true, reportId: report.id, state: 'APPROVED', version: report.version + 1, warnings: [] };
}

function reasonOf(reason: string | null | undefined): string | null {
  const text = cleanText(reason ?? '');
  return text.length >= 5 ? text.slice(0, 1000) : null;
}

/** Returns a submitted report to its reporter with a reason (required). */
export async function returnReport(tx: Tx, user: ReportActor, ref: ReviewRef & { reason: string | null | undefined }): Promise<TransitionResult> {
  if (!roleHas(user.role, 'report.approve')) return refuse(NO_APPROVE);
  const reason = reasonOf(ref.reason);
  if (!reason) return refuse('Nhập lý do trả lại (ít nhất 5 ký tự).', { fieldErrors: { reason: 'Nhập lý do trả lại (ít nhất 5 ký tự).' } });
  const report = await findReport(tx, ref);
  if (!report) return refuse(NOT_FOUND);
  if (report.state === 'APPROVED') return refuse('Báo cáo đã được duyệt: muốn sửa thì mở khoá (kèm lý do).');
  if (report.state !== 'SUBMITTED') return refuse('Chỉ trả lại được báo cáo đã gửi.');
  if (ref.version != null && ref.version !== report.version) return refuse(STALE_MESSAGE);
  const ok = await versionGuard(tx, report.id, report.version, { state: 'RETURNED', returnReason: reason, reviewedAt: new Date(), reviewedById: user.id });
  if (!ok) return refuse(STALE_MESSAGE);
  await recordAudit(tx, {
    userId: user.id,
    action: 'report.return',
    entity: 'OrganizationReport',
    entityId: String(report.id),
    before: { state: report.state },
    after: { state: 'RETURNED', returnReason: reason },
  });
  return { ok: true, reportId: report.id, state: 'RETURNED', version: report.version + 1, warnings: [] };
}

/**
 * Unlocks an approved report (reason required, audited): it goes back to DRAFT, with the reason
 * shown to its reporter as the return reason, so that it is corrected and submitted again.
 */
export async function unlockReport(tx: Tx, user: ReportActor, ref: ReviewRef & { reason: string | null | undefined }): Promise<TransitionResult> {
  if (!roleHas(user.role, 'report.approve')) return refuse(NO_APPROVE);
  const reason = reasonOf(ref.reason);
  if (!reason) return refuse('Nhập lý do mở khoá (ít nhất 5 ký tự).', { fieldErrors: { reason: 'Nhập lý do mở khoá (ít nhất 5 ký tự).' } });
  const report = await findReport(tx, ref);
  if (!report) return refuse(NOT_FOUND);
  if (report.state !== 'APPROVED') return refuse('Chỉ mở khoá được báo cáo đã duyệt.');
  if (ref.version != null && ref.version !== report.version) return refuse(STALE_MESSAGE);
  const ok = await versionGuard(tx, report.id, report.version, { state: 'DRAFT', returnReason: reason, reviewedAt: new Date(), reviewedById: user.id });
  if (!ok) return refuse(STALE_MESSAGE);
  await recordAudit(tx, {
    userId: user.id,
    action: 'report.unlock',
    entity: 'OrganizationReport',
    entityId: String(report.id),
    before: { state: 'APPROVED' },
    after: { state: 'DRAFT', reason },
  });
  return { ok: true, reportId: report.id, state: 'DRAFT', version: report.version + 1, warnings: [] };
}

export const BULK_APPROVE_MAX = 500;

export type BulkApproveResult = { ok: true; approved: number[]; skipped: number } | Refusal;

/**
 * Approves the submitted reports among `ids` in one statement; others (drafts, returned, already
 * approved, unknown) are skipped and counted. One audit row per approved report.
 */
export async function bulkApprove(tx: Tx, user: ReportActor, ids: readonly number[]): Promise<BulkApproveResult> {
  if (!roleHas(user.role, 'report.approve')) return refuse(NO_APPROVE);
  const unique = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647))];
  if (unique.length === 0) return refuse('Chọn ít nhất một báo cáo để duyệt.');
  if (unique.length > BULK_APPROVE_MAX) return refuse(`Mỗi lần duyệt tối đa ${BULK_APPROVE_MAX} báo cáo.`);
  const rows = await tx.organizationReport.updateManyAndReturn({
    where: { id: { in: unique }, state: 'SUBMITTED' },
    data: { state: 'APPROVED', reviewedAt: new Date(), reviewedById: user.id, version: { increment: 1 } },
    select: { id: true },
  });
  const approved = rows.map((r) => r.id).sort((a, b) => a - b);
  if (approved.length > 0) {
    await tx.auditLog.createMany({
      data: approved.map((id) => ({
        userId: user.id,
        action: 'report.approve',
        entity: 'OrganizationReport',
        entityId: String(id),
        before: { state: 'SUBMITTED' },
        after: { state: 'APPROVED', bulk: true },
      })),
    });
  }
  return { ok: true, approved, skipped: unique.length - approved.length };
}
