'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { formatDate } from '@/lib/format/date';
import type { Prisma } from '@/lib/generated/prisma/client';

import {
  ChangeRefusedError,
  changeMembership,
  OrganizationGoneError,
  requestIp,
  requireEditableOrganization,
  RuleBlockedError,
  withNotes,
} from './mutation';
import { contributionSchema, leaveSchema, memberSchema } from './schema';

/*
 * Members and capital contributions of an organization. Every action: the guard (role, then the
 * organization's own unit), zod, one transaction with the change, the Law's rules and the audit
 * row, then the workspace pages are refreshed. Nothing here is public (the public profile shows no
 * member figures), so no public cache tag is expired.
 */

const MEMBER_FIELDS = {
  id: true,
  organizationId: true,
  kind: true,
  type: true,
  name: true,
  idNumber: true,
  birthYear: true,
  gender: true,
  address: true,
  phone: true,
  joinedOn: true,
  leftOn: true,
} as const;

const CONTRIBUTION_FIELDS = {
  id: true,
  organizationId: true,
  memberId: true,
  amount: true,
  form: true,
  contributedOn: true,
  note: true,
} as const;

function refresh(organizationId: number): void {
  // The member pages and the organization's own page (which may show the totals).
  revalidatePath(`/quan-tri/to-chuc/${organizationId}`, 'layout');
}

/** Turns what a refused change threw into the form's state; anything unexpected is logged. */
function refusal(error: unknown, values: Record<string, string>): ActionState {
  if (error instanceof RuleBlockedError || error instanceof OrganizationGoneError) return errorState(error.message, {}, values);
  if (error instanceof ChangeRefusedError) {
    return errorState(error.field ? 'Vui lòng kiểm tra lại các trường được đánh dấu.' : error.message, error.field ? { [error.field]: error.message } : {}, values);
  }
  console.error('Member register change failed', error);
  return errorState('Không lưu được do lỗi hệ thống. Vui lòng thử lại.', {}, values);
}

/** Another current member of the organization with the same ID number is a double entry. */
async function refuseDuplicateId(tx: Prisma.TransactionClient, organizationId: number, idNumber: string | null, exceptId?: number) {
  if (!idNumber) return;
  const other = await tx.member.findFirst({
    where: { organizationId, idNumber, leftOn: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (other) throw new ChangeRefusedError(`Số định danh này đã có trong danh sách thành viên: ${other.name}.`, 'idNumber');
}

/** The member, only if it belongs to this organization (ids from the URL or a forged form are not trusted). */
async function memberOf(tx: Prisma.TransactionClient, organizationId: number, memberId: number) {
  const member = Number.isSafeInteger(memberId)
    ? await tx.member.findFirst({ where: { id: memberId, organizationId }, select: MEMBER_FIELDS })
    : null;
  if (!member) throw new ChangeRefusedError('Không tìm thấy thành viên này trong tổ chức.');
  return member;
}

async function contributionOf(tx: Prisma.TransactionClient, organizationId: number, contributionId: number) {
  const contribution = Number.isSafeInteger(contributionId)
    ? await tx.capitalContribution.findFirst({
        where: { id: contributionId, organizationId },
        select: { ...CONTRIBUTION_FIELDS, member: { select: { name: true } } },
      })
    : null;
  if (!contribution) throw new ChangeRefusedError('Không tìm thấy khoản vốn góp này trong tổ chức.');
  return contribution;
}

// ───────────────────────────── Members ─────────────────────────────

export async function addMember(organizationId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  const values = formValues(formData);
  if (!access.ok) return errorState(access.message, {}, values);
  const parsed = memberSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      await refuseDuplicateId(tx, organizationId, input.idNumber);
      const member = await tx.member.create({ data: { organizationId, ...input }, select: MEMBER_FIELDS });
      const { id: _id, ...data } = member;
      const diff = auditDiff({} as Record<string, unknown>, data);
      await recordAudit(tx, { userId: access.user.id, action: 'member.create', entity: 'Member', entityId: String(member.id), after: diff.after, ip });
      return member;
    });
  } catch (error) {
    return refusal(error, values);
  }
  refresh(organizationId);
  return { status: 'success', message: withNotes(`Đã thêm thành viên ${outcome.result.name}.`, outcome.notes) };
}

export async function updateMember(organizationId: number, memberId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  const values = formValues(formData);
  if (!access.ok) return errorState(access.message, {}, values);
  const parsed = memberSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const before = await memberOf(tx, organizationId, memberId);
      if (before.leftOn && input.joinedOn > before.leftOn) {
        throw new ChangeRefusedError(`Ngày gia nhập không được sau ngày ra khỏi tổ chức (${formatDate(before.leftOn)}).`, 'joinedOn');
      }
      if (before.leftOn == null) await refuseDuplicateId(tx, organizationId, input.idNumber, before.id);
      const diff = auditDiff(before, input);
      if (Object.keys(diff.after).length === 0) return { name: before.name, changed: false };
      await tx.member.update({ where: { id: before.id }, data: input });
      await recordAudit(tx, { userId: access.user.id, action: 'member.update', entity: 'Member', entityId: String(before.id), ...diff, ip });
      return { name: input.name, changed: true };
    });
  } catch (error) {
    return refusal(error, values);
  }
  refresh(organizationId);
  const message = outcome.result.changed ? `Đã lưu thông tin thành viên ${outcome.result.name}.` : 'Không có thay đổi nào để lưu.';
  return { status: 'success', message: withNotes(message, outcome.notes), values };
}

export async function markMemberLeft(organizationId: number, memberId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  const values = formValues(formData);
  if (!access.ok) return errorState(access.message, {}, values);
  const parsed = leaveSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { leftOn } = parsed.data;
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const before = await memberOf(tx, organizationId, memberId);
      if (leftOn < before.joinedOn) {
        throw new ChangeRefusedError(`Ngày ra khỏi tổ chức không được trước ngày gia nhập (${formatDate(before.joinedOn)}).`, 'leftOn');
      }
      await tx.member.update({ where: { id: before.id }, data: { leftOn } });
      const diff = auditDiff(before, { leftOn });
      await recordAudit(tx, { userId: access.user.id, action: 'member.leave', entity: 'Member', entityId: String(before.id), ...diff, ip });
      return before.name;
    });
  } catch (error) {
    return refusal(error, values);
  }
  refresh(organizationId);
  return { status: 'success', message: withNotes(`Đã ghi nhận ${outcome.result} ra khỏi tổ chức từ ngày ${formatDate(leftOn)}.`, outcome.notes), values };
}

/** Undoes a "left" recorded by mistake: the member is current again. */
export async function reinstateMember(organizationId: number, memberId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  if (!access.ok) return errorState(access.message);
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const before = await memberOf(tx, organizationId, memberId);
      if (before.leftOn == null) throw new ChangeRefusedError(`${before.name} vẫn là thành viên của tổ chức.`);
      await refuseDuplicateId(tx, organizationId, before.idNumber, before.id);
      await tx.member.update({ where: { id: before.id }, data: { leftOn: null } });
      const diff = auditDiff(before, { leftOn: null });
      await recordAudit(tx, { userId: access.user.id, action: 'member.reinstate', entity: 'Member', entityId: String(before.id), ...diff, ip });
      return before.name;
    });
  } catch (error) {
    return refusal(error, {});
  }
  refresh(organizationId);
  return { status: 'success', message: withNotes(`${outcome.result} lại là thành viên của tổ chức.`, outcome.notes) };
}

// ───────────────────────────── Capital contributions ─────────────────────────────

export async function addContribution(organizationId: number, memberId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  const values = formValues(formData);
  if (!access.ok) return errorState(access.message, {}, values);
  const parsed = contributionSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const member = await memberOf(tx, organizationId, memberId);
      if (member.leftOn) throw new ChangeRefusedError(`${member.name} đã ra khỏi tổ chức, không thể ghi thêm vốn góp.`);
      const created = await tx.capitalContribution.create({
        data: { organizationId, memberId: member.id, ...input },
        select: CONTRIBUTION_FIELDS,
      });
      const { id: _id, ...data } = created;
      const diff = auditDiff({} as Record<string, unknown>, data);
      await recordAudit(tx, { userId: access.user.id, action: 'contribution.create', entity: 'CapitalContribution', entityId: String(created.id), after: diff.after, ip });
      return member.name;
    });
  } catch (error) {
    return refusal(error, values);
  }
  refresh(organizationId);
  return { status: 'success', message: withNotes(`Đã ghi nhận vốn góp của ${outcome.result}.`, outcome.notes) };
}

export async function updateContribution(organizationId: number, contributionId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  const values = formValues(formData);
  if (!access.ok) return errorState(access.message, {}, values);
  const parsed = contributionSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const { member, ...before } = await contributionOf(tx, organizationId, contributionId);
      const diff = auditDiff(before, input);
      if (Object.keys(diff.after).length === 0) return { name: member.name, changed: false };
      await tx.capitalContribution.update({ where: { id: before.id }, data: input });
      await recordAudit(tx, { userId: access.user.id, action: 'contribution.update', entity: 'CapitalContribution', entityId: String(before.id), ...diff, ip });
      return { name: member.name, changed: true };
    });
  } catch (error) {
    return refusal(error, values);
  }
  refresh(organizationId);
  const message = outcome.result.changed ? `Đã lưu khoản vốn góp của ${outcome.result.name}.` : 'Không có thay đổi nào để lưu.';
  return { status: 'success', message: withNotes(message, outcome.notes), values };
}

/** Removes a contribution entered by mistake, then returns to the member's page. */
export async function deleteContribution(organizationId: number, contributionId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const access = await requireEditableOrganization(organizationId);
  if (!access.ok) return errorState(access.message);
  const ip = await requestIp();

  let outcome;
  try {
    outcome = await changeMembership(organizationId, async (tx) => {
      const { member: _member, ...before } = await contributionOf(tx, organizationId, contributionId);
      await tx.capitalContribution.delete({ where: { id: before.id } });
      const { id: _id, ...data } = before;
      await recordAudit(tx, {
        userId: access.user.id,
        action: 'contribution.delete',
        entity: 'CapitalContribution',
        entityId: String(before.id),
        before: auditValue(data) as Prisma.InputJsonValue,
        ip,
      });
      return before.memberId;
    });
  } catch (error) {
    return refusal(error, {});
  }
  refresh(organizationId);
  // The contribution's own page no longer exists: back to the member, who sees the confirmation.
  redirect(`/quan-tri/to-chuc/${organizationId}/thanh-vien/${outcome.result}?thong-bao=da-xoa-von-gop`);
}
