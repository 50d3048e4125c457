import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import {
  addContribution,
  addMember,
  deleteContribution,
  markMemberLeft,
  reinstateMember,
  updateContribution,
  updateMember,
} from '@/lib/members/actions';
import { createMember, createOrganization, createUnit, createUser } from '@/prisma/seed/factories';
import { seedRules } from '@/prisma/seed/rules';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

const idle: ActionState = { status: 'idle' };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const person = (name: string, extra: Record<string, string> = {}) =>
  form({ type: 'OFFICIAL', kind: 'PERSON', name, idNumber: '', birthYear: '1975', gender: 'Nam', address: 'Ấp Mới, xã Giồng Riềng', phone: '0912 345 678', joinedOn: '2024-03-15', ...extra });

/** The digest Next gives the errors thrown by redirect(), notFound(), forbidden(). */
async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

const version = async (id: number) => (await prisma.organization.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const auditCount = () => prisma.auditLog.count({ where: { entity: { in: ['Member', 'CapitalContribution'] } } });

let province: number;
let communeA: number;
let communeB: number;
let staff: { id: number };
let officer: { id: number };
let leader: { id: number };
let editor: { id: number };

beforeAll(async () => {
  await seedRules(prisma);
  province = (await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'An Giang' })).id;
  communeA = (await createUnit(prisma, { parentId: province, name: 'Giồng Riềng' })).id;
  communeB = (await createUnit(prisma, { parentId: province, name: 'Hòn Đất' })).id;
  staff = await createUser(prisma, { role: 'STAFF' });
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId: communeA });
  leader = await createUser(prisma, { role: 'LEADER' });
  editor = await createUser(prisma, { role: 'EDITOR' });
});

beforeEach(() => {
  actAs(staff);
  takeExpired();
});

/** A cooperative with `officials` official members and the given charter capital. */
async function cooperative(officials: number, charterCapital = 1_000_000_000n, unitId = communeA, kind: 'COOPERATIVE' | 'UNION' | 'CREDIT_FUND' = 'COOPERATIVE') {
  const org = await createOrganization(prisma, { unitId, kind, charterCapital });
  for (let i = 0; i < officials; i++) {
    await createMember(prisma, { organizationId: org.id, kind: kind === 'UNION' ? 'LEGAL_ENTITY' : 'PERSON', idNumber: null });
  }
  return org;
}

describe('adding members and the minimum of 5 official members (warn)', () => {
  it('saves the 4th official member with a warning, the 5th without', async () => {
    const org = await cooperative(3);
    const v0 = await version(org.id);

    const fourth = await addMember(org.id, idle, person('Nguyễn Văn Bốn', { idNumber: '091075001234' }));
    expect(fourth).toEqual({
      status: 'success',
      message: 'Đã thêm thành viên Nguyễn Văn Bốn. Lưu ý: Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 4).',
    });
    const fifth = await addMember(org.id, idle, person('Trần Thị Năm', { gender: 'Nữ' }));
    expect(fifth).toEqual({ status: 'success', message: 'Đã thêm thành viên Trần Thị Năm.' });

    expect(await prisma.member.count({ where: { organizationId: org.id, type: 'OFFICIAL', leftOn: null } })).toBe(5);
    // Each change bumps the organization's version, so a stale organization form is refused.
    expect(await version(org.id)).toBe(v0 + 2);
    // Workspace pages only: member figures are not on any public page.
    expect(takeExpired()).toEqual([`path:/quan-tri/to-chuc/${org.id}`]);

    const saved = await prisma.member.findFirstOrThrow({ where: { organizationId: org.id, name: 'Nguyễn Văn Bốn' } });
    expect(saved).toMatchObject({ idNumber: '091075001234', phone: '0912345678', birthYear: 1975, gender: 'Nam' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Member', entityId: String(saved.id) } });
    expect(audit).toMatchObject({ userId: staff.id, action: 'member.create' });
    expect(audit.after).toMatchObject({ name: 'Nguyễn Văn Bốn', type: 'OFFICIAL', organizationId: org.id, joinedOn: '2024-03-15T00:00:00.000Z' });
  });

  it('refuses bad input field by field, echoes what was typed and writes nothing', async () => {
    const org = await cooperative(5);
    const [v0, a0] = [await version(org.id), await auditCount()];
    const state = await addMember(
      org.id,
      idle,
      person('  ', { idNumber: '09107500123', birthYear: '2020', phone: '12345', joinedOn: '2099-01-01', type: 'HONORARY' }),
    );
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['joinedOn', 'name', 'type']);
    expect(state.fieldErrors.joinedOn).toBe('Ngày không được sau hôm nay.');
    expect(state.values).toMatchObject({ idNumber: '09107500123', phone: '12345' });

    // Once the basic fields are right, the checks that depend on the kind of member run.
    const second = await addMember(org.id, idle, person('Lê Văn Sáu', { idNumber: '09107500123', birthYear: '2020', phone: '12345' }));
    expect(second.status === 'error' && second.fieldErrors).toEqual({
      idNumber: 'Số căn cước công dân gồm đúng 12 chữ số.',
      birthYear: expect.stringContaining('Năm sinh gồm 4 chữ số'),
      phone: 'Số điện thoại không hợp lệ (ví dụ 0912 345 678).',
    });
    expect([await version(org.id), await auditCount()]).toEqual([v0, a0]);
  });

  it('refuses a second current member with the same ID number', async () => {
    const org = await cooperative(5);
    await addMember(org.id, idle, person('Phạm Văn Bảy', { idNumber: '091075009999' }));
    const state = await addMember(org.id, idle, person('Phạm Văn Bảy (trùng)', { idNumber: '091 075 009 999' }));
    expect(state.status === 'error' && state.fieldErrors.idNumber).toBe('Số định danh này đã có trong danh sách thành viên: Phạm Văn Bảy.');
  });
});

describe('correcting a member and marking them as left', () => {
  it('records only the changed fields in the audit row', async () => {
    const org = await cooperative(5);
    const m = await createMember(prisma, { organizationId: org.id, name: 'Võ Văn Tám', gender: 'Nam', joinedOn: new Date('2022-01-10'), idNumber: null });
    const state = await updateMember(org.id, m.id, idle, person('Võ Văn Tám', { joinedOn: '2022-01-10', address: 'Ấp Kênh Mới', birthYear: '1970', gender: 'Nam', phone: '' }));
    expect(state.status).toBe('success');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Member', entityId: String(m.id), action: 'member.update' } });
    expect(Object.keys(audit.after as object).sort()).toEqual(['address', 'birthYear', 'phone']);
    expect(audit.before).toMatchObject({ address: m.address, birthYear: m.birthYear, phone: m.phone });
    expect(audit.after).toMatchObject({ address: 'Ấp Kênh Mới', birthYear: 1970, phone: null });
  });

  it('refuses a leaving date before the joining date; a valid one warns when officials fall below 5', async () => {
    const org = await cooperative(5);
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: org.id } });
    const early = await markMemberLeft(org.id, m.id, idle, form({ leftOn: '2020-01-01' }));
    expect(early.status === 'error' && early.fieldErrors.leftOn).toMatch(/^Ngày ra khỏi tổ chức không được trước ngày gia nhập \(01\/03\/2021\)/);

    const left = await markMemberLeft(org.id, m.id, idle, form({ leftOn: '15/06/2025' }));
    expect(left.status).toBe('success');
    expect(left.status === 'success' && left.message).toContain('Lưu ý: Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 4).');
    expect((await prisma.member.findUniqueOrThrow({ where: { id: m.id } })).leftOn?.toISOString()).toBe('2025-06-15T00:00:00.000Z');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Member', entityId: String(m.id), action: 'member.leave' } });
    expect([audit.before, audit.after]).toEqual([{ leftOn: null }, { leftOn: '2025-06-15T00:00:00.000Z' }]);

    const back = await reinstateMember(org.id, m.id, idle, form({}));
    expect(back).toEqual({ status: 'success', message: `${m.name} lại là thành viên của tổ chức.` });
  });
});

describe('capital contributions and the 30% / 40% caps (block)', () => {
  it('accepts vi-VN amounts and exactly 30% of the charter capital', async () => {
    const org = await cooperative(5, 100_000_000n);
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: org.id } });
    const first = await addContribution(org.id, m.id, idle, form({ amount: '10.000.000', form: 'CASH', contributedOn: '2024-07-01', note: 'Góp vốn khi gia nhập' }));
    expect(first).toEqual({ status: 'success', message: `Đã ghi nhận vốn góp của ${m.name}.` });
    const second = await addContribution(org.id, m.id, idle, form({ amount: '20 000 000 đồng', form: 'LAND_USE_RIGHT', contributedOn: '2024-08-01', note: '' }));
    expect(second.status).toBe('success');
    const rows = await prisma.capitalContribution.findMany({ where: { memberId: m.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.amount, r.form])).toEqual([
      [10_000_000n, 'CASH'],
      [20_000_000n, 'LAND_USE_RIGHT'],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'CapitalContribution', entityId: String(rows[1].id) } });
    expect(audit.after).toMatchObject({ amount: '20000000', form: 'LAND_USE_RIGHT', memberId: m.id });
  });

  it('refuses 30% + 1 đồng with the message, and changes nothing', async () => {
    const org = await cooperative(5, 100_000_000n);
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: org.id } });
    await addContribution(org.id, m.id, idle, form({ amount: '30.000.000', form: 'CASH', contributedOn: '2024-07-01' }));
    const [v0, a0, n0] = [await version(org.id), await auditCount(), await prisma.capitalContribution.count()];
    takeExpired();

    const state = await addContribution(org.id, m.id, idle, form({ amount: '1', form: 'CASH', contributedOn: '2024-07-02' }));
    expect(state).toEqual({
      status: 'error',
      message: `Vốn góp của một thành viên không được vượt quá 30% vốn điều lệ (30.000.000 đồng): ${m.name} góp 30.000.001 đồng (30%).`,
      fieldErrors: {},
      values: { amount: '1', form: 'CASH', contributedOn: '2024-07-02' },
    });
    expect([await version(org.id), await auditCount(), await prisma.capitalContribution.count()]).toEqual([v0, a0, n0]);
    expect(takeExpired()).toEqual([]);

    // Correcting an existing contribution upwards is checked the same way.
    const row = await prisma.capitalContribution.findFirstOrThrow({ where: { memberId: m.id } });
    const bigger = await updateContribution(org.id, row.id, idle, form({ amount: '35.000.000', form: 'CASH', contributedOn: '2024-07-01' }));
    expect(bigger.status === 'error' && bigger.message).toContain('góp 35.000.000 đồng (35%)');
    expect((await prisma.capitalContribution.findUniqueOrThrow({ where: { id: row.id } })).amount).toBe(30_000_000n);
  });

  it('allows 40% in a union and refuses one đồng more', async () => {
    const union = await cooperative(3, 1_000_000_000n, communeA, 'UNION');
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: union.id } });
    const ok = await addContribution(union.id, m.id, idle, form({ amount: '400.000.000', form: 'CASH', contributedOn: '2024-07-01' }));
    expect(ok.status).toBe('success');
    const over = await addContribution(union.id, m.id, idle, form({ amount: '1', form: 'CASH', contributedOn: '2024-07-01' }));
    expect(over.status === 'error' && over.message).toBe(
      `Vốn góp của một thành viên không được vượt quá 40% vốn điều lệ của liên hiệp (400.000.000 đồng): ${m.name} góp 400.000.001 đồng (40%).`,
    );
  });

  it('refuses any capital from an associate member without capital, including by a change of type', async () => {
    const org = await cooperative(5);
    const assoc = await createMember(prisma, { organizationId: org.id, type: 'ASSOCIATE_NO_CAPITAL', name: 'Công ty TNHH Mekong Xanh', kind: 'LEGAL_ENTITY', idNumber: null });
    const state = await addContribution(org.id, assoc.id, idle, form({ amount: '5.000.000', form: 'CASH', contributedOn: '2024-07-01' }));
    expect(state.status === 'error' && state.message).toBe('Công ty TNHH Mekong Xanh là thành viên liên kết không góp vốn nên không có vốn góp (đang ghi 5.000.000 đồng).');
    expect(await prisma.capitalContribution.count({ where: { memberId: assoc.id } })).toBe(0);

    const payer = await createMember(prisma, { organizationId: org.id, type: 'ASSOCIATE_CAPITAL', contribution: 5_000_000, name: 'Lê Thị Chín', idNumber: null, joinedOn: new Date('2024-08-01') });
    const retype = await updateMember(org.id, payer.id, idle, person('Lê Thị Chín', { type: 'ASSOCIATE_NO_CAPITAL', joinedOn: '2024-08-01' }));
    expect(retype.status === 'error' && retype.message).toContain('Lê Thị Chín là thành viên liên kết không góp vốn');
    expect((await prisma.member.findUniqueOrThrow({ where: { id: payer.id } })).type).toBe('ASSOCIATE_CAPITAL');
  });

  it('does not let an old violation block unrelated changes, but notes it', async () => {
    const org = await cooperative(5, 100_000_000n);
    // Entered before the rule existed: one member holds half the charter capital.
    await createMember(prisma, { organizationId: org.id, name: 'Đỗ Văn Mười', contribution: 50_000_000, idNumber: null });
    const state = await addMember(org.id, idle, person('Ngô Thị Mười Một'));
    expect(state.status).toBe('success');
    expect(state.status === 'success' && state.message).toContain('Lưu ý: Vốn góp của một thành viên không được vượt quá 30%');
  });

  it('removes a contribution with an audit row of what it was', async () => {
    const org = await cooperative(5);
    const m = await createMember(prisma, { organizationId: org.id, contribution: 7_000_000, idNumber: null });
    const row = await prisma.capitalContribution.findFirstOrThrow({ where: { memberId: m.id } });
    const digest = await interruption(() => deleteContribution(org.id, row.id, idle, form({})));
    expect(digest).toMatch(new RegExp(`^NEXT_REDIRECT;.*/quan-tri/to-chuc/${org.id}/thanh-vien/${m.id}\\?thong-bao=da-xoa-von-gop`));
    expect(await prisma.capitalContribution.count({ where: { id: row.id } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'CapitalContribution', entityId: String(row.id), action: 'contribution.delete' } });
    expect(audit.before).toMatchObject({ amount: '7000000', memberId: m.id, organizationId: org.id });
    expect(audit.after).toBeNull();
  });
});

describe('roles and scope', () => {
  it('lets a commune officer edit organizations of their unit only', async () => {
    const own = await cooperative(5, 1_000_000_000n, communeA);
    const other = await cooperative(5, 1_000_000_000n, communeB);
    actAs(officer);
    expect((await addMember(own.id, idle, person('Huỳnh Văn Xã'))).status).toBe('success');

    const otherMember = await prisma.member.findFirstOrThrow({ where: { organizationId: other.id } });
    const before = await auditCount();
    for (const forged of [
      () => addMember(other.id, idle, person('Giả mạo')),
      () => updateMember(other.id, otherMember.id, idle, person('Giả mạo')),
      () => markMemberLeft(other.id, otherMember.id, idle, form({ leftOn: '2025-01-01' })),
      () => addContribution(other.id, otherMember.id, idle, form({ amount: '1.000.000', form: 'CASH', contributedOn: '2025-01-01' })),
    ]) {
      expect(await interruption(forged)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
    }
    expect(await auditCount()).toBe(before);
    expect(await prisma.member.count({ where: { name: 'Giả mạo' } })).toBe(0);
  });

  it('refuses a member or contribution id of another organization, even within the officer’s unit', async () => {
    const mine = await cooperative(5, 1_000_000_000n, communeA);
    const neighbour = await cooperative(5, 1_000_000_000n, communeA);
    const stranger = await createMember(prisma, { organizationId: neighbour.id, contribution: 1_000_000, idNumber: null });
    const theirs = await prisma.capitalContribution.findFirstOrThrow({ where: { memberId: stranger.id } });
    actAs(officer);

    const edit = await updateMember(mine.id, stranger.id, idle, person('Đổi tên'));
    expect(edit.status === 'error' && edit.message).toBe('Không tìm thấy thành viên này trong tổ chức.');
    const leave = await markMemberLeft(mine.id, stranger.id, idle, form({ leftOn: '2025-01-01' }));
    expect(leave.status === 'error' && leave.message).toBe('Không tìm thấy thành viên này trong tổ chức.');
    const pay = await addContribution(mine.id, stranger.id, idle, form({ amount: '1.000.000', form: 'CASH', contributedOn: '2025-01-01' }));
    expect(pay.status).toBe('error');
    const change = await updateContribution(mine.id, theirs.id, idle, form({ amount: '2.000.000', form: 'CASH', contributedOn: '2025-01-01' }));
    expect(change.status === 'error' && change.message).toBe('Không tìm thấy khoản vốn góp này trong tổ chức.');
    const remove = await deleteContribution(mine.id, theirs.id, idle, form({}));
    expect(remove.status).toBe('error');

    expect((await prisma.member.findUniqueOrThrow({ where: { id: stranger.id } })).name).toBe(stranger.name);
    expect((await prisma.capitalContribution.findUniqueOrThrow({ where: { id: theirs.id } })).amount).toBe(1_000_000n);
  });

  it('leaves leaders and editors read-only and sends anonymous callers to sign in', async () => {
    const org = await cooperative(5);
    for (const user of [leader, editor]) {
      actAs(user);
      expect(await interruption(() => addMember(org.id, idle, person('Không được')))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
    }
    actAs(null);
    expect(await interruption(() => addMember(org.id, idle, person('Không được')))).toMatch(/^NEXT_REDIRECT;.*\/dang-nhap/);
    expect(await prisma.member.count({ where: { name: 'Không được' } })).toBe(0);
  });

  it('does not edit a soft-deleted organization', async () => {
    const org = await cooperative(5);
    await prisma.organization.update({ where: { id: org.id }, data: { deletedAt: new Date() } });
    const state = await addMember(org.id, idle, person('Sau khi xoá'));
    expect(state.status === 'error' && state.message).toBe('Tổ chức này đã bị xoá nên không thể chỉnh sửa.');
    expect(await prisma.member.count({ where: { organizationId: org.id } })).toBe(5);
  });
});
