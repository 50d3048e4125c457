import { actAs, form, FORBIDDEN, REDIRECT, takeRevalidated } from '../setup/session';

import { beforeAll, describe, expect, it } from 'vitest';

import { authenticate } from '@/lib/auth/options';
import { verifyPassword } from '@/lib/auth/password';
import { getCurrentUser, requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import {
  acceptInvitation,
  changeOwnPassword,
  createUser,
  resetUserPassword,
  setUserActive,
  updateUser,
} from '@/lib/users/actions';
import { hashInvitationToken } from '@/lib/users/credentials';
import { findInvitation } from '@/lib/users/queries';
import type { CredentialState } from '@/lib/users/state';

import { FIXTURE_PASSWORD, seedAdminFixture } from './fixtures-admin';

const idle: CredentialState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

/** JSON text of audit rows (their ids are BigInt), to search for leaked secrets. */
const plain = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

function tokenOf(state: CredentialState): string {
  if (state.credential?.kind !== 'invitation') throw new Error(`no invitation in ${plain(state)}`);
  return state.credential.path.split('/').pop()!;
}

function passwordOf(state: CredentialState): string {
  if (state.credential?.kind !== 'password') throw new Error(`no password in ${plain(state)}`);
  return state.credential.password;
}

async function auditRows(action: string, entityId?: number) {
  return prisma.auditLog.findMany({ where: { action, ...(entityId ? { entityId: String(entityId) } : {}) }, orderBy: { id: 'asc' } });
}

describe('role checks', () => {
  it('refuses every user-management action to non-admins, changing nothing', async () => {
    const before = await prisma.user.count();
    for (const role of ['EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
      actAs(fx.users[role]);
      await expect(createUser(idle, form({ name: 'X', email: `x-${role}@example.vn`, role: 'ADMIN', mode: 'password' }))).rejects.toThrow(FORBIDDEN);
      await expect(updateUser(fx.users[role].id, idle, form({ name: 'X', role: 'ADMIN' }))).rejects.toThrow(FORBIDDEN);
      await expect(setUserActive(fx.users.ADMIN.id, false, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(resetUserPassword(fx.users.ADMIN.id, idle, form({ mode: 'password' }))).rejects.toThrow(FORBIDDEN);
    }
    expect(await prisma.user.count()).toBe(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: fx.users.ADMIN.id } })).active).toBe(true);
  });

  it('sends anonymous callers to sign in', async () => {
    actAs(null);
    await expect(createUser(idle, form({ name: 'X', email: 'anon@example.vn', role: 'ADMIN', mode: 'password' }))).rejects.toThrow(REDIRECT);
    await expect(changeOwnPassword(idle, form({ currentPassword: 'x', newPassword: 'Mật-khẩu-mới-1', confirmPassword: 'Mật-khẩu-mới-1' }))).rejects.toThrow(REDIRECT);
  });
});

describe('creating users', () => {
  it('creates a district officer with a one-time password that must be changed', async () => {
    actAs(fx.users.ADMIN);
    const state = await createUser(
      idle,
      form({ name: 'Trần Thị Lụa'.normalize('NFD'), email: '  Lua.Tran@Example.VN ', role: 'DISTRICT_OFFICER', unitId: String(fx.communeB.id), mode: 'password' }),
    );
    expect(state.status).toBe('success');
    const password = passwordOf(state);
    expect(password.length).toBeGreaterThanOrEqual(12);

    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'lua.tran@example.vn' }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ name: 'Trần Thị Lụa'.normalize('NFC'), role: 'DISTRICT_OFFICER', unitId: fx.communeB.id, mustChangePassword: true, active: true });
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(takeRevalidated().paths).toContain('/quan-tri/nguoi-dung');

    // The audit row says how the credential was issued, never what it is.
    const [audit] = await auditRows('user.create', user.id);
    expect(audit.userId).toBe(fx.users.ADMIN.id);
    expect(audit.after).toMatchObject({ email: 'lua.tran@example.vn', role: 'DISTRICT_OFFICER', credential: 'password' });
    expect(plain(audit)).not.toContain(password);
    expect(plain(audit)).not.toContain(user.passwordHash);

    // The new user signs in, and the workspace sends them to change the password first.
    expect(await authenticate({ email: 'lua.tran@example.vn', password })).toMatchObject({ ok: true });
    actAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, mustChangePassword: true });
    await expect(requirePermission('organization.read')).rejects.toThrow(REDIRECT);
    const changed = await changeOwnPassword(idle, form({ currentPassword: password, newPassword: 'Lúa-chín-vàng-2026', confirmPassword: 'Lúa-chín-vàng-2026' })).catch((e: Error) => e);
    // A forced change ends with a redirect into the workspace.
    expect(changed).toBeInstanceOf(Error);
    expect((changed as Error).message).toBe(REDIRECT);
    expect(await getCurrentUser()).toMatchObject({ mustChangePassword: false });
    expect(await requirePermission('organization.read')).toMatchObject({ id: user.id });
    expect(await authenticate({ email: 'lua.tran@example.vn', password: 'Lúa-chín-vàng-2026' })).toMatchObject({ ok: true });
    expect(await authenticate({ email: 'lua.tran@example.vn', password })).toMatchObject({ ok: false });
  });

  it('refuses a second account with the same email, whatever its case or surrounding spaces', async () => {
    actAs(fx.users.ADMIN);
    await prisma.user.create({ data: { email: 'nguyen.an@example.vn', name: 'Nguyễn An', role: 'STAFF', passwordHash: 'x' } });
    const before = await prisma.user.count();
    const state = await createUser(idle, form({ name: 'Người khác'.normalize('NFD'), email: ' NGUYEN.An@Example.vn ', role: 'STAFF', mode: 'password' }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { email: 'Email này đã được dùng cho tài khoản “Nguyễn An”.' } });
    // What was typed comes back to the form.
    expect(state.status === 'error' && state.values?.name).toBe('Người khác');
    expect(await prisma.user.count()).toBe(before);
  });

  it('requires a current unit for a district officer, and checks every field in Vietnamese', async () => {
    actAs(fx.users.ADMIN);
    const noUnit = await createUser(idle, form({ name: 'A', email: 'a@example.vn', role: 'DISTRICT_OFFICER', unitId: '', mode: 'password' }));
    expect(noUnit).toMatchObject({ status: 'error', fieldErrors: { unitId: 'Cán bộ cấp xã/huyện phải có địa bàn phụ trách.' } });
    const closedUnit = await createUser(idle, form({ name: 'A', email: 'a@example.vn', role: 'DISTRICT_OFFICER', unitId: String(fx.oldDistrict.id), mode: 'password' }));
    expect(closedUnit).toMatchObject({ status: 'error', fieldErrors: { unitId: expect.stringContaining('đã đóng') } });
    const bad = await createUser(idle, form({ name: ' ', email: 'khong-phai-email', role: 'GOD', mode: 'x' }));
    expect(bad).toMatchObject({
      status: 'error',
      fieldErrors: { name: 'Vui lòng nhập họ và tên.', email: 'Email không hợp lệ.', role: 'Vui lòng chọn vai trò.', mode: 'Vui lòng chọn cách cấp mật khẩu.' },
    });
    // Any unit level can be a scope: the whole province, for instance.
    const province = await createUser(idle, form({ name: 'Cán bộ tỉnh', email: 'tinh@example.vn', role: 'DISTRICT_OFFICER', unitId: String(fx.province.id), mode: 'password' }));
    expect(province.status).toBe('success');
  });
});

describe('invitations', () => {
  it('stores only the token hash, lets the invitee set a password once, and then sign in', async () => {
    actAs(fx.users.ADMIN);
    const state = await createUser(idle, form({ name: 'Lê Văn Mời', email: 'moi@example.vn', role: 'STAFF', mode: 'invitation' }));
    expect(state.status).toBe('success');
    const token = tokenOf(state);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'moi@example.vn' } });
    expect(user.mustChangePassword).toBe(false);
    const invitation = await prisma.userInvitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    const days = (invitation.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(plain(await auditRows('user.create', user.id))).not.toContain(token);
    // Nobody can sign in before the invitation is accepted.
    expect(await authenticate({ email: 'moi@example.vn', password: '' })).toMatchObject({ ok: false });

    actAs(null);
    expect(await findInvitation(token)).toMatchObject({ status: 'valid', user: { email: 'moi@example.vn' } });
    const weak = await acceptInvitation(token, idle, form({ newPassword: 'ngan', confirmPassword: 'ngan' }));
    expect(weak).toMatchObject({ status: 'error', fieldErrors: { newPassword: 'Mật khẩu phải có ít nhất 10 ký tự.' } });
    const isEmail = await acceptInvitation(token, idle, form({ newPassword: 'Moi@Example.vn', confirmPassword: 'Moi@Example.vn' }));
    expect(isEmail).toMatchObject({ status: 'error', fieldErrors: { newPassword: 'Mật khẩu không được trùng với email.' } });
    const mismatch = await acceptInvitation(token, idle, form({ newPassword: 'Đồng-lúa-2026', confirmPassword: 'Đồng-lúa-2027' }));
    expect(mismatch).toMatchObject({ status: 'error', fieldErrors: { confirmPassword: 'Mật khẩu nhập lại không khớp.' } });

    const ok = await acceptInvitation(token, idle, form({ newPassword: 'Đồng-lúa-2026', confirmPassword: 'Đồng-lúa-2026' }));
    expect(ok.status).toBe('success');
    expect(await authenticate({ email: 'moi@example.vn', password: 'Đồng-lúa-2026' })).toMatchObject({ ok: true });
    expect(await auditRows('user.acceptInvitation', user.id)).toHaveLength(1);

    // Reused: refused, and the password stays the one set.
    expect(await findInvitation(token)).toEqual({ status: 'used' });
    const again = await acceptInvitation(token, idle, form({ newPassword: 'Mật-khẩu-khác-9', confirmPassword: 'Mật-khẩu-khác-9' }));
    expect(again).toMatchObject({ status: 'error', message: expect.stringContaining('đã được sử dụng') });
    expect(await authenticate({ email: 'moi@example.vn', password: 'Mật-khẩu-khác-9' })).toMatchObject({ ok: false });
  });

  it('refuses expired and wrong tokens', async () => {
    actAs(fx.users.ADMIN);
    const state = await createUser(idle, form({ name: 'Hết Hạn', email: 'het-han@example.vn', role: 'EDITOR', mode: 'invitation' }));
    const token = tokenOf(state);
    await prisma.userInvitation.updateMany({ where: { tokenHash: hashInvitationToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    actAs(null);
    expect(await findInvitation(token)).toEqual({ status: 'expired' });
    const expired = await acceptInvitation(token, idle, form({ newPassword: 'Đồng-lúa-2026', confirmPassword: 'Đồng-lúa-2026' }));
    expect(expired).toMatchObject({ status: 'error', message: expect.stringContaining('hết hạn') });

    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const t of [wrong, '', 'abc', '../../etc/passwd', `${token}x`]) {
      expect(await findInvitation(t)).toEqual({ status: 'invalid' });
      expect(await acceptInvitation(t, idle, form({ newPassword: 'Đồng-lúa-2026', confirmPassword: 'Đồng-lúa-2026' }))).toMatchObject({ status: 'error' });
    }
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'het-han@example.vn' } });
    expect(user.passwordChangedAt).toBeNull();
  });

  it('revokes older invitations when the password is reset', async () => {
    actAs(fx.users.ADMIN);
    const first = tokenOf(await createUser(idle, form({ name: 'Thu Hồi', email: 'thu-hoi@example.vn', role: 'LEADER', mode: 'invitation' })));
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'thu-hoi@example.vn' } });
    const reset = await resetUserPassword(user.id, idle, form({ mode: 'invitation' }));
    const second = tokenOf(reset);
    expect(await findInvitation(first)).toEqual({ status: 'invalid' });
    expect(await findInvitation(second)).toMatchObject({ status: 'valid' });

    const toPassword = await resetUserPassword(user.id, idle, form({ mode: 'password' }));
    const password = passwordOf(toPassword);
    expect(await findInvitation(second)).toEqual({ status: 'invalid' });
    expect(await authenticate({ email: 'thu-hoi@example.vn', password })).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    const audits = await auditRows('user.resetPassword', user.id);
    expect(audits.map((a) => a.after)).toEqual([
      { credential: 'invitation', revokedInvitations: 1 },
      { credential: 'password', revokedInvitations: 1 },
    ]);
    expect(plain(audits)).not.toContain(password);
  });
});

describe('editing and deactivating', () => {
  it('edits name, role and unit with an audit diff of the changed fields', async () => {
    actAs(fx.users.ADMIN);
    const target = await prisma.user.create({ data: { email: 'sua@example.vn', name: 'Tên Cũ', role: 'STAFF', passwordHash: 'x' } });
    const state = await updateUser(target.id, idle, form({ name: 'Tên Mới', role: 'DISTRICT_OFFICER', unitId: String(fx.communeC.id) }));
    expect(state.status).toBe('success');
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ name: 'Tên Mới', role: 'DISTRICT_OFFICER', unitId: fx.communeC.id });
    const [audit] = await auditRows('user.update', target.id);
    expect(audit.before).toEqual({ name: 'Tên Cũ', role: 'STAFF', unitId: null });
    expect(audit.after).toEqual({ name: 'Tên Mới', role: 'DISTRICT_OFFICER', unitId: fx.communeC.id });
  });

  it('refuses an admin demoting or deactivating themselves, with a clear message', async () => {
    actAs(fx.users.ADMIN);
    const demote = await updateUser(fx.users.ADMIN.id, idle, form({ name: fx.users.ADMIN.name, role: 'STAFF' }));
    expect(demote).toMatchObject({ status: 'error', message: expect.stringContaining('không thể tự hạ quyền'), fieldErrors: { role: expect.any(String) } });
    const lock = await setUserActive(fx.users.ADMIN.id, false, idle, form({}));
    expect(lock).toMatchObject({ status: 'error', message: expect.stringContaining('không thể tự khóa') });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: fx.users.ADMIN.id } })).toMatchObject({ role: 'ADMIN', active: true });
    // Renaming oneself is fine.
    expect((await updateUser(fx.users.ADMIN.id, idle, form({ name: 'Quản trị viên', role: 'ADMIN' }))).status).toBe('success');
  });

  it('deactivation takes effect on the user’s next request, and reactivation restores it', async () => {
    const staff = fx.users.STAFF;
    actAs(staff);
    expect(await getCurrentUser()).toMatchObject({ id: staff.id });

    actAs(fx.users.ADMIN);
    expect((await setUserActive(staff.id, false, idle, form({}))).status).toBe('success');
    // Same session token, next request: no user, and the guard sends them to sign in.
    actAs(staff);
    expect(await getCurrentUser()).toBeNull();
    await expect(requirePermission('workspace.view')).rejects.toThrow(REDIRECT);
    expect(await authenticate({ email: staff.email, password: FIXTURE_PASSWORD })).toMatchObject({ ok: false });

    actAs(fx.users.ADMIN);
    expect((await setUserActive(staff.id, true, idle, form({}))).status).toBe('success');
    actAs(staff);
    expect(await getCurrentUser()).toMatchObject({ id: staff.id });
    expect((await auditRows('user.deactivate', staff.id)).map((a) => a.after)).toEqual([{ active: false }]);
    expect(await auditRows('user.reactivate', staff.id)).toHaveLength(1);
  });

  it('a role change also applies at once', async () => {
    const editor = fx.users.EDITOR;
    actAs(fx.users.ADMIN);
    await updateUser(editor.id, idle, form({ name: editor.name, role: 'LEADER' }));
    actAs(editor);
    await expect(requirePermission('article.write')).rejects.toThrow(FORBIDDEN);
    actAs(fx.users.ADMIN);
    await updateUser(editor.id, idle, form({ name: editor.name, role: 'EDITOR' }));
  });
});

describe('own password', () => {
  it('checks the current password and the rules', async () => {
    const leader = fx.users.LEADER;
    actAs(leader);
    const wrong = await changeOwnPassword(idle, form({ currentPassword: 'sai', newPassword: 'Rất-dài-2026', confirmPassword: 'Rất-dài-2026' }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: 'Mật khẩu hiện tại không đúng.' } });
    const short = await changeOwnPassword(idle, form({ currentPassword: FIXTURE_PASSWORD, newPassword: '123456789', confirmPassword: '123456789' }));
    expect(short).toMatchObject({ status: 'error', fieldErrors: { newPassword: 'Mật khẩu phải có ít nhất 10 ký tự.' } });
    const email = await changeOwnPassword(idle, form({ currentPassword: FIXTURE_PASSWORD, newPassword: leader.email, confirmPassword: leader.email }));
    expect(email).toMatchObject({ status: 'error', fieldErrors: { newPassword: 'Mật khẩu không được trùng với email.' } });
    // Nothing typed into a password field is sent back.
    expect(email.status === 'error' && email.values).toBeFalsy();

    const ok = await changeOwnPassword(idle, form({ currentPassword: FIXTURE_PASSWORD, newPassword: 'Lãnh-đạo-2026', confirmPassword: 'Lãnh-đạo-2026' }));
    expect(ok).toMatchObject({ status: 'success' });
    expect(await authenticate({ email: leader.email, password: 'Lãnh-đạo-2026' })).toMatchObject({ ok: true });
    const [audit] = await auditRows('user.changePassword', leader.id);
    expect(audit).toMatchObject({ userId: leader.id, before: null, after: null });
  });
});
