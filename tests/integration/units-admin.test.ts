import { actAs, form, FORBIDDEN, takeRevalidated } from '../setup/session';

import { beforeAll, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { closeUnit, createUnit, mergeUnits, renameUnit } from '@/lib/units/actions';
import { getUnitTree } from '@/lib/units/queries';

import { createOrganization, seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('role checks', () => {
  it('refuses every unit action to non-admins, changing nothing', async () => {
    const before = await prisma.administrativeUnit.findMany({ orderBy: { id: 'asc' } });
    for (const role of ['EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
      actAs(fx.users[role]);
      await expect(createUnit(idle, form({ code: '1', name: 'X', type: 'Xã', level: 'COMMUNE', parentId: String(fx.province.id), validFrom: '2026-01-01' }))).rejects.toThrow(FORBIDDEN);
      await expect(renameUnit(fx.communeA.id, idle, form({ name: 'X', type: 'Xã' }))).rejects.toThrow(FORBIDDEN);
      await expect(closeUnit(fx.communeC.id, idle, form({ validTo: '2026-12-31' }))).rejects.toThrow(FORBIDDEN);
      await expect(mergeUnits(idle, form({ predecessorIds: [String(fx.communeB.id)], target: 'existing', successorId: String(fx.communeC.id), effectiveOn: '2027-01-01' }))).rejects.toThrow(FORBIDDEN);
    }
    expect(await prisma.administrativeUnit.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await prisma.unitSuccession.count()).toBe(0);
  });
});

describe('adding and renaming', () => {
  it('adds a unit under a valid parent, with its code unique per validFrom', async () => {
    actAs(fx.users.ADMIN);
    const ok = await createUnit(idle, form({ code: '30010', name: 'Mỹ Lâm'.normalize('NFD'), type: 'Xã', level: 'COMMUNE', parentId: String(fx.province.id), validFrom: '2026-01-01' }));
    expect(ok.status).toBe('success');
    const unit = await prisma.administrativeUnit.findFirstOrThrow({ where: { code: '30010' } });
    expect(unit).toMatchObject({ name: 'Mỹ Lâm'.normalize('NFC'), level: 'COMMUNE', parentId: fx.province.id, validFrom: day('2026-01-01'), validTo: null });
    expect(takeRevalidated().tags).toContain('units');
    expect(await prisma.auditLog.count({ where: { action: 'unit.create', entityId: String(unit.id) } })).toBe(1);

    const dup = await createUnit(idle, form({ code: '30010', name: 'Trùng', type: 'Xã', level: 'COMMUNE', parentId: String(fx.province.id), validFrom: '2026-01-01' }));
    expect(dup).toMatchObject({ status: 'error', fieldErrors: { code: expect.stringContaining('đã dùng cho Xã Mỹ Lâm') } });
    // The same code with another validFrom is another period of a unit: allowed.
    const later = await createUnit(idle, form({ code: '30010', name: 'Mỹ Lâm', type: 'Phường', level: 'COMMUNE', parentId: String(fx.province.id), validFrom: '2026-06-01' }));
    expect(later.status).toBe('success');
  });

  it('checks level, parent and dates', async () => {
    actAs(fx.users.ADMIN);
    const provinceWithParent = await createUnit(idle, form({ code: '99', name: 'X', type: 'Tỉnh', level: 'PROVINCE', parentId: String(fx.province.id), validFrom: '2026-01-01' }));
    expect(provinceWithParent).toMatchObject({ status: 'error', fieldErrors: { parentId: 'Đơn vị cấp tỉnh không có đơn vị cấp trên.' } });
    const communeUnderCommune = await createUnit(idle, form({ code: '98', name: 'X', type: 'Xã', level: 'COMMUNE', parentId: String(fx.communeA.id), validFrom: '2026-01-01' }));
    expect(communeUnderCommune).toMatchObject({ status: 'error', fieldErrors: { parentId: expect.stringContaining('không phải là cấp trên') } });
    const closedParent = await createUnit(idle, form({ code: '97', name: 'X', type: 'Xã', level: 'COMMUNE', parentId: String(fx.oldDistrict.id), validFrom: '2026-01-01' }));
    expect(closedParent).toMatchObject({ status: 'error', fieldErrors: { parentId: expect.stringContaining('không còn hiệu lực') } });
    const bad = await createUnit(idle, form({ code: 'mã có dấu', name: '', type: 'Tỉnh', level: 'COMMUNE', validFrom: '2026-02-30' }));
    expect(bad).toMatchObject({
      status: 'error',
      fieldErrors: { code: expect.stringContaining('chỉ gồm'), name: 'Vui lòng nhập tên đơn vị.', validFrom: 'Ngày không hợp lệ.' },
      values: { code: 'mã có dấu' },
    });
  });

  it('renames a unit in place, keeping its id and history, with an audit diff', async () => {
    actAs(fx.users.ADMIN);
    const state = await renameUnit(fx.communeC.id, idle, form({ name: 'Sơn Kiên Mới', type: 'Phường' }));
    expect(state.status).toBe('success');
    expect(await prisma.administrativeUnit.findUniqueOrThrow({ where: { id: fx.communeC.id } })).toMatchObject({ name: 'Sơn Kiên Mới', type: 'Phường', code: '30003' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'unit.update', entityId: String(fx.communeC.id) } });
    expect(audit.before).toEqual({ name: 'Sơn Kiên', type: 'Xã' });
    expect(audit.after).toEqual({ name: 'Sơn Kiên Mới', type: 'Phường' });
    expect(takeRevalidated().tags).toContain('units');
    const wrongType = await renameUnit(fx.communeC.id, idle, form({ name: 'Sơn Kiên', type: 'Tỉnh' }));
    expect(wrongType).toMatchObject({ status: 'error', fieldErrors: { type: expect.any(String) } });
  });
});

describe('closing', () => {
  it('refuses to close a unit that still has organizations or users, saying how many', async () => {
    actAs(fx.users.ADMIN);
    const unit = await prisma.administrativeUnit.create({ data: { code: '30020', name: 'Đóng Thử', type: 'Xã', level: 'COMMUNE', parentId: fx.province.id, validFrom: day('2025-07-01') } });
    await createOrganization(unit.id);
    await createOrganization(unit.id);
    await createOrganization(unit.id, { status: 'DISSOLVED' });
    const officer = await prisma.user.create({ data: { email: 'dong-thu@example.vn', name: 'Cán bộ Đóng Thử', role: 'DISTRICT_OFFICER', unitId: unit.id, passwordHash: 'x' } });

    const refused = await closeUnit(unit.id, idle, form({ validTo: '2026-12-31' }));
    expect(refused).toMatchObject({ status: 'error', message: expect.stringContaining('còn 2 tổ chức đang hoạt động, 1 người dùng') });
    expect((await prisma.administrativeUnit.findUniqueOrThrow({ where: { id: unit.id } })).validTo).toBeNull();

    // Once they have moved (a dissolved organization stays: it is history), the unit closes.
    await prisma.organization.updateMany({ where: { unitId: unit.id, status: 'ACTIVE' }, data: { unitId: fx.communeB.id } });
    await prisma.user.update({ where: { id: officer.id }, data: { unitId: fx.communeB.id } });
    const closed = await closeUnit(unit.id, idle, form({ validTo: '2026-12-31' }));
    expect(closed.status).toBe('success');
    expect((await prisma.administrativeUnit.findUniqueOrThrow({ where: { id: unit.id } })).validTo).toEqual(day('2026-12-31'));
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'unit.close', entityId: String(unit.id) } });
    expect(audit.after).toEqual({ validTo: '2026-12-31T00:00:00.000Z' });
    expect(takeRevalidated().tags).toContain('units');

    const again = await closeUnit(unit.id, idle, form({ validTo: '2027-01-31' }));
    expect(again).toMatchObject({ status: 'error', message: expect.stringContaining('đã đóng') });
  });

  it('refuses to close a unit whose sub-units are still open, or before it began', async () => {
    actAs(fx.users.ADMIN);
    const refused = await closeUnit(fx.province.id, idle, form({ validTo: '2026-12-31' }));
    expect(refused).toMatchObject({ status: 'error', message: expect.stringContaining('đơn vị trực thuộc chưa đóng') });
    const early = await closeUnit(fx.communeB.id, idle, form({ validTo: '2025-07-01' }));
    expect(early).toMatchObject({ status: 'error', fieldErrors: { validTo: expect.stringContaining('phải sau ngày có hiệu lực') } });
  });
});

describe('merging', () => {
  it('merges old units into a new one created in the same form: successions, closing, moving organizations and users', async () => {
    actAs(fx.users.ADMIN);
    const make = (code: string, name: string) =>
      prisma.administrativeUnit.create({ data: { code, name, type: 'Xã', level: 'COMMUNE', parentId: fx.province.id, validFrom: day('2025-07-01') } });
    const oldA = await make('30031', 'Bình An');
    const oldB = await make('30032', 'Bình Sơn');
    const activeA = await createOrganization(oldA.id);
    const suspendedB = await createOrganization(oldB.id, { status: 'SUSPENDED' });
    const dissolvedA = await createOrganization(oldA.id, { status: 'DISSOLVED' });
    const reportPeriod = await prisma.reportingPeriod.create({
      data: { year: 2026, kind: 'FIRST_HALF', startsOn: day('2026-01-01'), endsOn: day('2026-06-30'), deadline: day('2026-07-15') },
    });
    await prisma.organizationReport.create({ data: { organizationId: activeA.id, periodId: reportPeriod.id, unitId: oldA.id, status: 'ACTIVE' } });
    const officer = await prisma.user.create({ data: { email: 'binh-an@example.vn', name: 'Cán bộ Bình An', role: 'DISTRICT_OFFICER', unitId: oldA.id, passwordHash: 'x' } });

    const state = await mergeUnits(
      idle,
      form({
        predecessorIds: [String(oldA.id), String(oldB.id)],
        [`shares.${oldA.id}`]: '100',
        [`shares.${oldB.id}`]: '',
        target: 'new',
        'newUnit.code': '30040',
        'newUnit.name': 'Bình Giang',
        'newUnit.type': 'Xã',
        'newUnit.level': 'COMMUNE',
        'newUnit.parentId': String(fx.province.id),
        effectiveOn: '2027-01-01',
        note: 'Nghị quyết số 1234/NQ-UBTVQH15',
        moveOrganizations: 'on',
        moveUsers: 'on',
      }),
    );
    expect(state).toMatchObject({ status: 'success', message: expect.stringContaining('chuyển 2 tổ chức và chuyển 1 người dùng') });
    const created = await prisma.administrativeUnit.findFirstOrThrow({ where: { code: '30040' } });
    expect(created).toMatchObject({ name: 'Bình Giang', validFrom: day('2027-01-01'), validTo: null, parentId: fx.province.id });

    const successions = await prisma.unitSuccession.findMany({ where: { successorId: created.id }, orderBy: { predecessorId: 'asc' } });
    expect(successions.map((s) => [s.predecessorId, s.effectiveOn, s.share?.toString() ?? null, s.note])).toEqual([
      [oldA.id, day('2027-01-01'), '1', 'Nghị quyết số 1234/NQ-UBTVQH15'],
      [oldB.id, day('2027-01-01'), null, 'Nghị quyết số 1234/NQ-UBTVQH15'],
    ]);
    // Old units close the day before; their rows (and history) stay.
    for (const id of [oldA.id, oldB.id]) {
      expect((await prisma.administrativeUnit.findUniqueOrThrow({ where: { id } })).validTo).toEqual(day('2026-12-31'));
    }
    // Live organizations move (their version bumps); a dissolved one and the reports stay put.
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: activeA.id } })).toMatchObject({ unitId: created.id, version: 2 });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: suspendedB.id } })).toMatchObject({ unitId: created.id });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: dissolvedA.id } })).toMatchObject({ unitId: oldA.id, version: 1 });
    expect((await prisma.organizationReport.findFirstOrThrow({ where: { organizationId: activeA.id } })).unitId).toBe(oldA.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).unitId).toBe(created.id);

    const actions = await prisma.auditLog.groupBy({ by: ['action'], where: { userId: fx.users.ADMIN.id, createdAt: { gte: new Date(Date.now() - 60_000) } }, _count: { _all: true } });
    const counts = Object.fromEntries(actions.map((a) => [a.action, a._count._all]));
    expect(counts).toMatchObject({ 'unit.merge': 1, 'organization.moveUnit': 2 });
    expect(await prisma.auditLog.count({ where: { action: 'unit.close', entityId: { in: [String(oldA.id), String(oldB.id)] } } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: 'unit.create', entityId: String(created.id) } })).toBe(1);
    const merge = await prisma.auditLog.findFirstOrThrow({ where: { action: 'unit.merge' } });
    expect(merge.after).toMatchObject({ predecessorIds: [oldA.id, oldB.id], successorId: created.id, movedOrganizations: 2, movedUsers: 1 });
    expect(takeRevalidated().tags).toEqual(expect.arrayContaining(['units', 'organizations', 'stats', `organization:${activeA.slug}`]));

    // The tree shows the closed units as not valid today... once their date has passed.
    const tree = await getUnitTree(new Date('2027-02-01T05:00:00Z'));
    const children = tree.find((u) => u.id === fx.province.id)!.children;
    expect(children.find((c) => c.id === oldA.id)).toMatchObject({ validToday: false, organizations: 0 });
    expect(children.find((c) => c.id === created.id)).toMatchObject({ validToday: true, organizations: 2, users: 1 });

    // Recording it again is refused: the old units are closed.
    const again = await mergeUnits(idle, form({ predecessorIds: [String(oldA.id)], target: 'existing', successorId: String(created.id), effectiveOn: '2027-01-01' }));
    expect(again).toMatchObject({ status: 'error', fieldErrors: { predecessorIds: expect.stringContaining('đã đóng') } });
  });

  it('merges into an existing unit without moving anything when the boxes are unchecked', async () => {
    actAs(fx.users.ADMIN);
    const old = await prisma.administrativeUnit.create({ data: { code: '30050', name: 'Thạnh Lộc', type: 'Xã', level: 'COMMUNE', parentId: fx.province.id, validFrom: day('2025-07-01') } });
    const org = await createOrganization(old.id);
    const state = await mergeUnits(idle, form({ predecessorIds: [String(old.id)], [`shares.${old.id}`]: '40,5', target: 'existing', successorId: String(fx.communeB.id), effectiveOn: '2026-12-01' }));
    expect(state.status).toBe('success');
    const [row] = await prisma.unitSuccession.findMany({ where: { predecessorId: old.id } });
    expect(row).toMatchObject({ successorId: fx.communeB.id, share: expect.anything() });
    expect(row.share?.toString()).toBe('0.405');
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).unitId).toBe(old.id);
    expect(takeRevalidated().tags).toEqual(['units']);
  });

  it('checks the merge form', async () => {
    actAs(fx.users.ADMIN);
    const empty = await mergeUnits(idle, form({ target: 'existing', effectiveOn: '' }));
    expect(empty).toMatchObject({
      status: 'error',
      fieldErrors: { predecessorIds: 'Vui lòng chọn ít nhất một đơn vị cũ.', effectiveOn: 'Vui lòng nhập ngày sáp nhập có hiệu lực.' },
    });
    const self = await mergeUnits(idle, form({ predecessorIds: [String(fx.communeB.id)], target: 'existing', successorId: String(fx.communeB.id), effectiveOn: '2027-01-01' }));
    expect(self).toMatchObject({ status: 'error', fieldErrors: { successorId: 'Đơn vị mới không được là một trong các đơn vị cũ.' } });
    const badShare = await mergeUnits(idle, form({ predecessorIds: [String(fx.communeB.id)], [`shares.${fx.communeB.id}`]: '150', target: 'existing', successorId: String(fx.communeA.id), effectiveOn: '2027-01-01' }));
    expect(badShare).toMatchObject({ status: 'error', fieldErrors: { [`shares.${fx.communeB.id}`]: expect.stringContaining('phần trăm') } });
    const newMissing = await mergeUnits(idle, form({ predecessorIds: [String(fx.communeB.id)], target: 'new', 'newUnit.level': 'COMMUNE', effectiveOn: '2027-01-01' }));
    expect(newMissing).toMatchObject({ status: 'error', fieldErrors: { 'newUnit.code': 'Vui lòng nhập mã đơn vị.', 'newUnit.name': 'Vui lòng nhập tên đơn vị.' } });
    const openChildren = await mergeUnits(idle, form({ predecessorIds: [String(fx.province.id)], target: 'new', 'newUnit.code': '90', 'newUnit.name': 'Tỉnh Mới', 'newUnit.type': 'Tỉnh', 'newUnit.level': 'PROVINCE', effectiveOn: '2027-01-01' }));
    expect(openChildren).toMatchObject({ status: 'error', message: expect.stringContaining('đơn vị trực thuộc chưa đóng') });
    expect(await prisma.administrativeUnit.count({ where: { code: '90' } })).toBe(0);
  });
});
