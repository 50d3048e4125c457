'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isValidOn, todayDate } from '@/lib/units/dates';

import { invitationMessages } from './credentials';
import { issuedCredential as issued, prepareCredential } from './issue';
import { findInvitation } from './queries';
import {
  changePasswordSchema,
  createUserSchema,
  newPasswordSchema,
  resetPasswordSchema,
  updateUserSchema,
} from './schema';
import type { CredentialState } from './state';

const USERS_PATH = '/quan-tri/nguoi-dung';

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Null when the unit can be a scope today; otherwise the message for the unit field. */
async function checkScopeUnit(unitId: number | null): Promise<string | null> {
  if (unitId == null) return null;
  const unit = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { validFrom: true, validTo: true } });
  if (!unit) return 'Đơn vị không tồn tại.';
  if (!isValidOn(unit, todayDate())) return 'Đơn vị này đã đóng hoặc chưa có hiệu lực; hãy chọn đơn vị hiện hành.';
  return null;
}

async function emailTakenMessage(email: string): Promise<string | null> {
  const existing = await prisma.user.findUnique({ where: { email }, select: { name: true } });
  return existing ? `Email này đã được dùng cho tài khoản “${existing.name}”.` : null;
}

export async function createUser(_previous: CredentialState, formData: FormData): Promise<CredentialState> {
  const admin = await requirePermission('user.manage');
  const values = formValues(formData);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  // Only district officers are scoped; a unit on another role would suggest a limit that is not enforced.
  const unitId = input.role === 'DISTRICT_OFFICER' ? input.unitId : null;

  const unitProblem = await checkScopeUnit(unitId);
  if (unitProblem) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { unitId: unitProblem }, values);
  const taken = await emailTakenMessage(input.email);
  if (taken) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { email: taken }, values);

  const prepared = await prepareCredential(input.mode);
  let userId: number;
  try {
    userId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          unitId,
          passwordHash: prepared.passwordHash,
          mustChangePassword: prepared.mode === 'password',
        },
        select: { id: true },
      });
      if (prepared.invitation) {
        await tx.userInvitation.create({
          data: { userId: user.id, tokenHash: prepared.invitation.tokenHash, expiresAt: prepared.invitation.expiresAt, createdById: admin.id },
        });
      }
      await recordAudit(tx, {
        userId: admin.id,
        action: 'user.create',
        entity: 'User',
        entityId: String(user.id),
        // How the credential was issued, never the credential.
        after: { name: input.name, email: input.email, role: input.role, unitId, active: true, credential: prepared.mode },
      });
      return user.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { email: 'Email này đã được dùng cho một tài khoản khác.' }, values);
    }
    throw error;
  }

  revalidatePath(USERS_PATH);
  return {
    status: 'success',
    message: `Đã tạo tài khoản cho ${input.name}.`,
    values: { name: input.name },
    credential: issued(prepared),
    userId,
  };
}

async function loadUser(id: number) {
  return prisma.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, unitId: true, active: true, mustChangePassword: true },
  });
}

export async function updateUser(userId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('user.manage');
  const values = formValues(formData);
  const parsed = updateUserSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const unitId = input.role === 'DISTRICT_OFFICER' ? input.unitId : null;

  const before = await loadUser(userId);
  if (!before) return errorState('Tài khoản không còn tồn tại.', {}, values);
  if (userId === admin.id && input.role !== 'ADMIN') {
    return errorState(
      'Bạn không thể tự hạ quyền của chính mình. Hãy nhờ một quản trị viên khác thực hiện.',
      { role: 'Không thể bỏ vai trò Quản trị hệ thống của chính bạn.' },
      values,
    );
  }
  if (input.role === 'ORG_REPRESENTATIVE' && before.role !== 'ORG_REPRESENTATIVE') {
    return errorState(
      'Vui lòng kiểm tra lại các trường được đánh dấu.',
      { role: 'Tài khoản đại diện tổ chức được tạo từ trang của tổ chức đó (mục “Tài khoản đại diện”).' },
      values,
    );
  }
  if (unitId !== before.unitId) {
    const unitProblem = await checkScopeUnit(unitId);
    if (unitProblem) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { unitId: unitProblem }, values);
  }

  const change = { name: input.name, role: input.role, unitId };
  const diff = auditDiff(before, change);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào.', values };

  await prisma.$transaction(async (tx) => {
    // A representative given another role no longer speaks for its organization.
    await tx.user.update({ where: { id: userId }, data: input.role === 'ORG_REPRESENTATIVE' ? change : { ...change, organizationId: null } });
    await recordAudit(tx, { userId: admin.id, action: 'user.update', entity: 'User', entityId: String(userId), ...diff });
  });
  revalidatePath(USERS_PATH);
  revalidatePath(`${USERS_PATH}/${userId}`);
  return { status: 'success', message: 'Đã lưu thay đổi.', values };
}

/** Deactivates (active = false) or reactivates an account; a deactivated user is signed out on their next request. */
export async function setUserActive(userId: number, active: boolean, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('user.manage');
  if (userId === admin.id && !active) {
    return errorState('Bạn không thể tự khóa tài khoản của chính mình. Hãy nhờ một quản trị viên khác thực hiện.');
  }
  const before = await loadUser(userId);
  if (!before) return errorState('Tài khoản không còn tồn tại.');
  if (before.active === active) {
    return { status: 'success', message: active ? 'Tài khoản đang hoạt động.' : 'Tài khoản đã bị khóa trước đó.' };
  }

  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    // A locked account must not be reopened by an invitation sent before the lock.
    const revoked = active ? { count: 0 } : await tx.userInvitation.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit(tx, {
      userId: admin.id,
      action: active ? 'user.reactivate' : 'user.deactivate',
      entity: 'User',
      entityId: String(userId),
      before: { active: before.active },
      after: { active, ...(revoked.count ? { revokedInvitations: revoked.count } : {}) },
    });
  });
  revalidatePath(USERS_PATH);
  revalidatePath(`${USERS_PATH}/${userId}`);
  return { status: 'success', message: active ? `Đã mở khóa tài khoản ${before.name}.` : `Đã khóa tài khoản ${before.name}.` };
}

/** Issues a new one-time password or a new invitation; older unused invitations stop working. */
export async function resetUserPassword(userId: number, _previous: CredentialState, formData: FormData): Promise<CredentialState> {
  const admin = await requirePermission('user.manage');
  const values = formValues(formData);
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (userId === admin.id) {
    return errorState('Để đổi mật khẩu của chính bạn, hãy dùng trang “Tài khoản của tôi”.', {}, values);
  }
  const user = await loadUser(userId);
  if (!user) return errorState('Tài khoản không còn tồn tại.', {}, values);
  if (!user.active) return errorState('Tài khoản đang bị khóa. Hãy mở khóa trước khi cấp lại mật khẩu.', {}, values);

  const prepared = await prepareCredential(parsed.data.mode);
  await prisma.$transaction(async (tx) => {
    const revoked = await tx.userInvitation.deleteMany({ where: { userId, usedAt: null } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash: prepared.passwordHash, mustChangePassword: prepared.mode === 'password', passwordChangedAt: null },
    });
    if (prepared.invitation) {
      await tx.userInvitation.create({
        data: { userId, tokenHash: prepared.invitation.tokenHash, expiresAt: prepared.invitation.expiresAt, createdById: admin.id },
      });
    }
    await recordAudit(tx, {
      userId: admin.id,
      action: 'user.resetPassword',
      entity: 'User',
      entityId: String(userId),
      after: { credential: prepared.mode, revokedInvitations: revoked.count },
    });
  });
  revalidatePath(`${USERS_PATH}/${userId}`);
  return {
    status: 'success',
    message:
      prepared.mode === 'password'
        ? `Đã cấp mật khẩu tạm thời mới cho ${user.name}. Mật khẩu cũ và các liên kết mời trước đó không còn dùng được.`
        : `Đã tạo liên kết mời mới cho ${user.name}. Mật khẩu cũ và các liên kết mời trước đó không còn dùng được.`,
    values: { name: user.name },
    credential: issued(prepared),
    userId,
  };
}

/** The signed-in user changes their own password (current + new + confirmation). */
export async function changeOwnPassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requireUser();
  // Passwords are never echoed back into the form.
  const parsed = changePasswordSchema(me.email).safeParse({
    currentPassword: formData.get('currentPassword') ?? '',
    newPassword: formData.get('newPassword') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  });
  if (!parsed.success) return invalidState(parsed.error);

  const row = await prisma.user.findUnique({ where: { id: me.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, parsed.data.currentPassword))) {
    return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() } });
    await recordAudit(tx, {
      userId: me.id,
      action: 'user.changePassword',
      entity: 'User',
      entityId: String(me.id),
      ...(me.mustChangePassword ? { before: { mustChangePassword: true }, after: { mustChangePassword: false } } : {}),
    });
  });
  // The workspace layout showed a reduced menu while the one-time password was in use.
  revalidatePath('/quan-tri', 'layout');
  if (me.mustChangePassword) redirect('/quan-tri');
  return { status: 'success', message: 'Đã đổi mật khẩu.' };
}

/**
 * The invitee sets their password. No session: the token is the authorization, checked again
 * here and consumed in the same transaction, so a link works exactly once.
 */
export async function acceptInvitation(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const invitation = await findInvitation(token);
  if (invitation.status !== 'valid') return errorState(invitationMessages[invitation.status]);
  const parsed = newPasswordSchema(invitation.user.email).safeParse({
    newPassword: formData.get('newPassword') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  });
  if (!parsed.success) return invalidState(parsed.error);

  const passwordHash = await hashPassword(parsed.data.newPassword);
  const accepted = await prisma.$transaction(async (tx) => {
    // Consumed only if still unused and unexpired: two tabs submitting at once cannot both succeed.
    const consumed = await tx.userInvitation.updateMany({
      where: { id: invitation.invitationId, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (consumed.count !== 1) return false;
    await tx.userInvitation.deleteMany({ where: { userId: invitation.user.id, usedAt: null } });
    await tx.user.update({
      where: { id: invitation.user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    await recordAudit(tx, { userId: invitation.user.id, action: 'user.acceptInvitation', entity: 'User', entityId: String(invitation.user.id) });
    return true;
  });
  if (!accepted) return errorState(invitationMessages.used);
  return { status: 'success', message: 'Đã đặt mật khẩu. Bạn có thể đăng nhập bằng email và mật khẩu vừa đặt.' };
}
