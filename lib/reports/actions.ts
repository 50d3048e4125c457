'use server';

import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireOrganization } from '@/lib/organizations/access';
import { prepareCredential, issuedCredential } from '@/lib/users/issue';
import { createRepresentativeSchema } from '@/lib/users/schema';
import type { CredentialState } from '@/lib/users/state';

import { openPeriod } from './expected';
import { approveReport, bulkApprove, type Refusal, returnReport, saveReport, submitReport, unlockReport } from './mutation';
import { periodSchema } from './period-schema';

const REPORTS_PATH = '/quan-tri/bao-cao';
const PERIODS_PATH = '/quan-tri/ky-bao-cao';
const OWN_PATH = '/quan-tri/to-chuc-cua-toi';

function revalidateReports() {
  revalidatePath(REPORTS_PATH, 'layout');
  revalidatePath(OWN_PATH);
  // Statistics read reports (approved ones by default, all of them on request).
  expireStatsTags('reports');
  revalidatePath('/quan-tri');
}

/** A refusal of the report workflow as the form's state (the figures typed are kept). */
function refusedState(r: Refusal, values: Record<string, string>): ActionState & { warnings?: string[] } {
  return { ...errorState(r.message, r.fieldErrors, values), warnings: r.warnings.map((w) => w.message) };
}

export type ReportFormState = ActionState & { warnings?: string[] };

const parseVersion = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);

// ───────────────────────────── Periods ─────────────────────────────

/** Adds a period (periodId null) or edits one: kind, year, dates, deadline. */
export async function savePeriod(periodId: number | null, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('period.manage');
  const values = formValues(formData);
  const parsed = periodSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const data = parsed.data;
  try {
    await prisma.$transaction(async (tx) => {
      if (periodId == null) {
        const created = await tx.reportingPeriod.create({ data, select: { id: true } });
        await recordAudit(tx, { userId: user.id, action: 'period.create', entity: 'ReportingPeriod', entityId: String(created.id), after: { ...data, startsOn: data.startsOn.toISOString(), endsOn: data.endsOn.toISOString(), deadline: data.deadline.toISOString() } });
      } else {
        const before = await tx.reportingPeriod.findUnique({ where: { id: periodId } });
        if (!before) throw new Error('gone');
        await tx.reportingPeriod.update({ where: { id: periodId }, data });
        await recordAudit(tx, {
          userId: user.id,
          action: 'period.update',
          entity: 'ReportingPeriod',
          entityId: String(periodId),
          before: { year: before.year, kind: before.kind, startsOn: before.startsOn.toISOString(), endsOn: before.endsOn.toISOString(), deadline: before.deadline.toISOString() },
          after: { ...data, startsOn: data.startsOn.toISOString(), endsOn: data.endsOn.toISOString(), deadline: data.deadline.toISOString() },
        });
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return errorState('Kỳ báo cáo này đã có.', { kind: 'Đã có kỳ báo cáo cùng năm và cùng loại.' }, values);
    }
    if (error instanceof Error && error.message === 'gone') return errorState('Không tìm thấy kỳ báo cáo.', {}, values);
    throw error;
  }
  revalidatePath(PERIODS_PATH);
  revalidateReports();
  return { status: 'success', message: periodId == null ? 'Đã thêm kỳ báo cáo.' : 'Đã lưu kỳ báo cáo.', values: periodId == null ? {} : values };
}

/** Opens a period (or refreshes an open one): creates the expected reports. */
export async function openPeriodAction(periodId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('period.manage');
  const result = await prisma.$transaction((tx) => openPeriod(tx, user, periodId));
  if (!result.ok) return errorState(result.message);
  revalidatePath(PERIODS_PATH);
  revalidateReports();
  const what = result.firstOpening ? 'Đã mở kỳ báo cáo' : 'Đã cập nhật danh sách báo cáo phải nộp';
  return {
    status: 'success',
    message: `${what}: ${result.total} tổ chức phải báo cáo (thêm ${result.added}, bỏ ${result.removed} báo cáo chưa nhập không còn phải nộp).`,
  };
}

// ───────────────────────────── A report ─────────────────────────────

/**
 * Saves a report's figures as a draft, or saves and submits them (the button pressed:
 * intent=save|submit), in one transaction: a refused submission keeps nothing of the save.
 */
export async function saveReportAction(organizationId: number, periodId: number, _prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const { user } = await requireOrganization('report.submit', organizationId);
  const values = formValues(formData);
  const intent = values.intent === 'submit' ? 'submit' : 'save';
  const version = parseVersion(values.version);
  const { intent: _intent, version: _version, ...figures } = values;
  type Outcome = { ok: true; warnings: string[]; version: number } | { ok: false; refusal: Refusal };
  let outcome: Outcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      const saved = await saveReport(tx, user, { organizationId, periodId, values: figures, version });
      if (!saved.ok) return { ok: false, refusal: saved } as const;
      if (intent === 'save') return { ok: true, warnings: saved.warnings.map((w) => w.message), version: saved.version } as const;
      const submitted = await submitReport(tx, user, { organizationId, periodId, version: saved.version });
      // Roll the save back with the refused submission: the form keeps what was typed.
      if (!submitted.ok) throw new SubmitRefused(submitted);
      return { ok: true, warnings: submitted.warnings.map((w) => w.message), version: submitted.version } as const;
    });
  } catch (error) {
    if (error instanceof SubmitRefused) outcome = { ok: false, refusal: error.refusal };
    else throw error;
  }
  if (!outcome.ok) return refusedState(outcome.refusal, values);
  revalidateReports();
  const message = intent === 'submit' ? 'Đã gửi báo cáo để Liên minh xem xét.' : outcome.warnings.length > 0 ? 'Đã lưu bản nháp. Báo cáo còn cảnh báo: nhập giải trình trước khi gửi.' : 'Đã lưu bản nháp.';
  return { status: 'success', message, values: { ...values, version: String(outcome.version) }, warnings: outcome.warnings };
}

class SubmitRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

type ReviewKind = 'approve' | 'return' | 'unlock';

/** Approve, return (reason) or unlock (reason) one report. */
export async function reviewReportAction(reportId: number, kind: ReviewKind, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('report.approve');
  const values = formValues(formData);
  const version = parseVersion(values.version);
  const result = await prisma.$transaction((tx) => {
    if (kind === 'approve') return approveReport(tx, user, { reportId, version });
    if (kind === 'return') return returnReport(tx, user, { reportId, version, reason: values.reason });
    return unlockReport(tx, user, { reportId, version, reason: values.reason });
  });
  if (!result.ok) return errorState(result.message, result.fieldErrors, values);
  revalidateReports();
  const messages: Record<ReviewKind, string> = {
    approve: 'Đã duyệt báo cáo. Số liệu đã được khoá.',
    return: 'Đã trả lại báo cáo kèm lý do.',
    unlock: 'Đã mở khoá báo cáo: báo cáo trở về bản nháp để sửa và gửi lại.',
  };
  return { status: 'success', message: messages[kind] };
}

/** Approves the checked reports of a list (only those submitted). */
export async function bulkApproveAction(periodId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('report.approve');
  const ids = formData
    .getAll('ids')
    .map((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : NaN))
    .filter((n) => Number.isSafeInteger(n));
  const result = await prisma.$transaction((tx) => bulkApprove(tx, user, ids));
  if (!result.ok) return errorState(result.message);
  revalidateReports();
  revalidatePath(`${REPORTS_PATH}/${periodId}`);
  const skipped = result.skipped > 0 ? ` ${result.skipped} báo cáo chưa gửi hoặc đã duyệt được bỏ qua.` : '';
  return { status: 'success', message: `Đã duyệt ${result.approved.length} báo cáo.${skipped}` };
}

// ───────────────────────────── Representatives ─────────────────────────────

/** Staff create an organization's representative account (one-time password or invitation link). */
export async function createRepresentative(organizationId: number, _prev: CredentialState, formData: FormData): Promise<CredentialState> {
  const { user: staff, org } = await requireOrganization('representative.manage', organizationId);
  const values = formValues(formData);
  const parsed = createRepresentativeSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const taken = await prisma.user.findUnique({ where: { email: input.email }, select: { name: true } });
  if (taken) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { email: `Email này đã được dùng cho tài khoản “${taken.name}”.` }, values);
  const prepared = await prepareCredential(input.mode);
  let userId: number;
  try {
    userId = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: 'ORG_REPRESENTATIVE',
          organizationId: org.id,
          passwordHash: prepared.passwordHash,
          mustChangePassword: prepared.mode === 'password',
        },
        select: { id: true },
      });
      if (prepared.invitation) {
        await tx.userInvitation.create({ data: { userId: created.id, tokenHash: prepared.invitation.tokenHash, expiresAt: prepared.invitation.expiresAt, createdById: staff.id } });
      }
      await recordAudit(tx, {
        userId: staff.id,
        action: 'user.create',
        entity: 'User',
        entityId: String(created.id),
        after: { name: input.name, email: input.email, role: 'ORG_REPRESENTATIVE', organizationId: org.id, active: true, credential: prepared.mode },
      });
      return created.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { email: 'Email này đã được dùng cho một tài khoản khác.' }, values);
    }
    throw error;
  }
  revalidatePath(`/quan-tri/to-chuc/${org.id}`);
  revalidatePath('/quan-tri/nguoi-dung');
  return { status: 'success', message: `Đã tạo tài khoản đại diện cho ${input.name}.`, values: { name: input.name }, credential: issuedCredential(prepared), userId };
}

/** Deactivates a representative account of the organization (it can no longer sign in). */
export async function deactivateRepresentative(organizationId: number, userId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const { user: staff, org } = await requireOrganization('representative.manage', organizationId);
  const rep = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, organizationId: true, active: true } });
  if (!rep || rep.role !== 'ORG_REPRESENTATIVE' || rep.organizationId !== org.id) return errorState('Không tìm thấy tài khoản đại diện của tổ chức này.');
  if (!rep.active) return { status: 'success', message: 'Tài khoản đã bị khoá trước đó.' };
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: rep.id }, data: { active: false } });
    const revoked = await tx.userInvitation.deleteMany({ where: { userId: rep.id, usedAt: null } });
    await recordAudit(tx, {
      userId: staff.id,
      action: 'user.deactivate',
      entity: 'User',
      entityId: String(rep.id),
      before: { active: true },
      after: { active: false, ...(revoked.count ? { revokedInvitations: revoked.count } : {}) },
    });
  });
  revalidatePath(`/quan-tri/to-chuc/${org.id}`);
  revalidatePath('/quan-tri/nguoi-dung');
  return { status: 'success', message: `Đã khoá tài khoản ${rep.name}.` };
}
