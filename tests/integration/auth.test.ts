import { beforeAll, describe, expect, it } from 'vitest';

import { authenticate } from '@/lib/auth/options';
import { hashPassword } from '@/lib/auth/password';
import { SIGN_IN_LOCK_MINUTES, SIGN_IN_MAX_FAILURES } from '@/lib/auth/sign-in-limits';
import { permissions, roleHas, type Permission } from '@/lib/auth/permissions';
import { isUnitWithin } from '@/lib/auth/scope';
import { can } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/options';
import type { Role } from '@/lib/generated/prisma/enums';

const password = 'Mật-khẩu@2026';
let province: number;
let communeA: number;
let communeB: number;
const users = {} as Record<Role, SessionUser>;

beforeAll(async () => {
  const from = new Date('2025-07-01');
  province = (await prisma.administrativeUnit.create({ data: { code: '89', name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: from } })).id;
  communeA = (await prisma.administrativeUnit.create({ data: { code: '30001', name: 'Giồng Riềng', type: 'Xã', level: 'COMMUNE', parentId: province, validFrom: from } })).id;
  communeB = (await prisma.administrativeUnit.create({ data: { code: '30002', name: 'Hòn Đất', type: 'Xã', level: 'COMMUNE', parentId: province, validFrom: from } })).id;
  const passwordHash = await hashPassword(password);
  for (const role of ['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
    const u = await prisma.user.create({
      data: {
        email: `${role.toLowerCase()}@example.vn`,
        name: `Người dùng ${role}`,
        role,
        passwordHash,
        unitId: role === 'DISTRICT_OFFICER' ? communeA : null,
      },
    });
    users[role] = { id: u.id, role, unitId: u.unitId, organizationId: null, name: u.name, email: u.email };
  }
});

describe('sign-in', () => {
  it('accepts the right password, case-insensitively on the email, and records it', async () => {
    const result = await authenticate({ email: '  Staff@Example.vn ', password });
    expect(result).toMatchObject({ ok: true, user: { id: users.STAFF.id, role: 'STAFF' } });
    const audit = await prisma.auditLog.findFirst({ where: { action: 'auth.signIn', userId: users.STAFF.id } });
    expect(audit).not.toBeNull();
    const row = await prisma.user.findUniqueOrThrow({ where: { id: users.STAFF.id } });
    expect(row.lastLoginAt).toBeInstanceOf(Date);
  });

  it('rejects a wrong password and records the failure', async () => {
    expect(await authenticate({ email: 'staff@example.vn', password: 'sai-mat-khau' })).toEqual({ ok: false, reason: 'invalid' });
    const failures = await prisma.auditLog.count({ where: { action: 'auth.signInFailed', entityId: 'staff@example.vn' } });
    expect(failures).toBe(1);
  });

  it('rejects unknown emails, malformed input and deactivated accounts', async () => {
    const refused = { ok: false, reason: 'invalid' };
    expect(await authenticate({ email: 'khong-co@example.vn', password })).toEqual(refused);
    expect(await authenticate({ email: 'not-an-email', password })).toEqual(refused);
    expect(await authenticate({ email: 'staff@example.vn' })).toEqual(refused);
    await prisma.user.update({ where: { id: users.EDITOR.id }, data: { active: false } });
    expect(await authenticate({ email: 'editor@example.vn', password })).toEqual(refused);
    await prisma.user.update({ where: { id: users.EDITOR.id }, data: { active: true } });
  });

  it('locks an email out after repeated failures, even for the right password', async () => {
    const email = 'leader@example.vn';
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) {
      expect(await authenticate({ email, password: `doan-sai-${i}` })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate({ email, password })).toEqual({ ok: false, reason: 'locked' });
    expect(await prisma.auditLog.count({ where: { action: 'auth.signInLocked', entityId: email } })).toBe(1);
    // Other accounts are not affected.
    expect(await authenticate({ email: 'admin@example.vn', password })).toMatchObject({ ok: true });
    // The lock lapses with the window.
    const past = new Date(Date.now() - (SIGN_IN_LOCK_MINUTES + 1) * 60_000);
    await prisma.auditLog.updateMany({ where: { action: 'auth.signInFailed', entityId: email }, data: { createdAt: past } });
    expect(await authenticate({ email, password })).toMatchObject({ ok: true, user: { role: 'LEADER' } });
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const row = await prisma.user.findUniqueOrThrow({ where: { id: users.ADMIN.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
    // The client omits the hash unless asked for it.
    const plain = await prisma.user.findUniqueOrThrow({ where: { id: users.ADMIN.id } });
    expect(plain).not.toHaveProperty('passwordHash');
  });
});

describe('roles', () => {
  const cases: [Role, Permission, boolean][] = [
    ['ADMIN', 'user.manage', true],
    ['STAFF', 'user.manage', false],
    ['EDITOR', 'article.publish', true],
    ['EDITOR', 'organization.update', false],
    ['LEADER', 'report.export', true],
    ['LEADER', 'article.write', false],
    ['LEADER', 'organization.update', false],
    ['DISTRICT_OFFICER', 'report.approve', false],
    ['DISTRICT_OFFICER', 'audit.view', false],
  ];
  it.each(cases)('%s may %s: %s', async (role, permission, expected) => {
    expect(await can(users[role], permission)).toBe(expected);
  });

  it('lets every role open the workspace', async () => {
    for (const role of Object.keys(users) as Role[]) expect(await can(users[role], 'workspace.view')).toBe(true);
  });

  it('names only real roles in the permission table', () => {
    const roles = new Set(['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER', 'ORG_REPRESENTATIVE']);
    for (const list of Object.values(permissions)) for (const r of list) expect(roles.has(r)).toBe(true);
    expect(roleHas('ADMIN', 'audit.view')).toBe(true);
  });
});

describe('scope', () => {
  it('limits a district officer to the units within their own', async () => {
    const officer = users.DISTRICT_OFFICER;
    expect(await can(officer, 'organization.update', communeA)).toBe(true);
    expect(await can(officer, 'organization.update', communeB)).toBe(false);
    expect(await can(officer, 'organization.update', province)).toBe(false);
  });

  it('does not limit province-wide roles', async () => {
    expect(await can(users.STAFF, 'organization.update', communeB)).toBe(true);
  });

  it('denies scoped work to an officer with no unit', async () => {
    expect(await can({ ...users.DISTRICT_OFFICER, unitId: null }, 'organization.update', communeA)).toBe(false);
  });

  it('walks the administrative tree', async () => {
    expect(await isUnitWithin(prisma, communeA, province)).toBe(true);
    expect(await isUnitWithin(prisma, province, communeA)).toBe(false);
    expect(await isUnitWithin(prisma, communeB, communeA)).toBe(false);
  });
});
