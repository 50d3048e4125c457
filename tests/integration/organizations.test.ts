/**
 * The register of organizations, through its server actions, as each role. The database is real
 * (a fresh one for this file); only the session lookup (which user is signed in) and Next's
 * cache calls are stubbed, since both need a running Next request.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { idleState, type ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import type { Role } from '@/lib/generated/prisma/enums';
import {
  correctStatusChange,
  createOrganization,
  deleteOrganization,
  recordStatusChange,
  restoreOrganization,
  updateOrganization,
} from '@/lib/organizations/actions';
import { parseOrganizationFilters } from '@/lib/organizations/filters';
import { getOrganizationList, getOrganizationsForExport } from '@/lib/organizations/queries';
import { createMember, createOrganization as makeOrganization, createUnit, createUser } from '@/prisma/seed/factories';
import { seedRules } from '@/prisma/seed/rules';

import { GET as exportRoute } from '@/app/quan-tri/to-chuc/xuat-excel/route';

// ───────────────────────────── Session and cache stubs ─────────────────────────────

const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock('next-auth', () => ({
  getServerSession: async () => (session.userId == null ? null : { user: { id: session.userId } }),
}));

const cache = vi.hoisted(() => ({ tags: [] as string[], paths: [] as string[] }));
vi.mock('next/cache', () => ({
  updateTag: (tag: string) => void cache.tags.push(tag),
  revalidateTag: (tag: string) => void cache.tags.push(tag),
  revalidatePath: (path: string) => void cache.paths.push(path),
  unstable_cache: <T,>(fn: T) => fn,
}));

// forbidden() is behind this flag, which next.config.ts (authInterrupts) sets in the app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

type Outcome = { state?: ActionState; redirect?: string; status?: number };

/** Runs an action and tells what happened: a returned state, a redirect, or a 403/404. */
async function run(action: Promise<ActionState>): Promise<Outcome> {
  try {
    return { state: await action };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) return { redirect: digest.split(';')[2] };
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return { status: Number(digest.split(';')[1]) };
    throw error;
  }
}

function errorsOf(outcome: Outcome) {
  expect(outcome.state?.status).toBe('error');
  const state = outcome.state as Extract<ActionState, { status: 'error' }>;
  return state;
}

function form(values: Record<string, string | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) data.set(key, value);
  return data;
}

const users = {} as Record<Role, { id: number }>;
let province: number;
let communeA: number;
let communeB: number;
let formerDistrict: number;

function as(role: Role) {
  session.userId = users[role].id;
}

function cooperative(overrides: Record<string, string | undefined> = {}) {
  return {
    kind: 'COOPERATIVE',
    name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
    shortName: 'HTX Đồng Tâm',
    registrationNumber: '',
    taxCode: '1700123456',
    sector: 'CROP_LIVESTOCK',
    unitId: String(communeA),
    address: 'Ấp Kinh 3, xã Giồng Riềng',
    phone: '0297 3841 234',
    email: 'htxdongtam@gmail.com',
    website: '',
    leaderName: 'Nguyễn Văn Bình',
    leaderTitle: 'Giám đốc',
    establishedOn: '2020-03-15',
    charterCapital: '1.500.000.000',
    allianceMembership: 'OFFICIAL',
    allianceJoinedOn: '15/06/2021',
    mainProducts: 'Lúa giống, gạo sạch',
    description: '',
    isNewModel: 'on',
    ...overrides,
  };
}

let registrationCounter = 0;
const nextRegistration = () => `5601${String(++registrationCounter).padStart(6, '0')}`;

/** Creates through the action as staff; returns the new id. */
async function createViaAction(overrides: Record<string, string | undefined> = {}, role: Role = 'STAFF'): Promise<number> {
  as(role);
  const outcome = await run(createOrganization(null, idleState, form(cooperative({ registrationNumber: nextRegistration(), ...overrides }))));
  expect(outcome.state).toBeUndefined();
  const match = /\/quan-tri\/to-chuc\/(\d+)/.exec(outcome.redirect ?? '');
  expect(match, JSON.stringify(outcome)).not.toBeNull();
  return Number(match![1]);
}

async function formFor(id: number): Promise<Record<string, string>> {
  const o = await prisma.organization.findUniqueOrThrow({ where: { id } });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
  return {
    kind: o.kind,
    name: o.name,
    shortName: o.shortName ?? '',
    registrationNumber: o.registrationNumber ?? '',
    taxCode: o.taxCode ?? '',
    sector: o.sector,
    unitId: String(o.unitId),
    address: o.address ?? '',
    phone: o.phone ?? '',
    email: o.email ?? '',
    website: o.website ?? '',
    leaderName: o.leaderName ?? '',
    leaderTitle: o.leaderTitle ?? '',
    establishedOn: day(o.establishedOn),
    charterCapital: o.charterCapital?.toString() ?? '',
    allianceMembership: o.allianceMembership,
    allianceJoinedOn: day(o.allianceJoinedOn),
    mainProducts: o.mainProducts ?? '',
    description: o.description ?? '',
    ...(o.isNewModel ? { isNewModel: 'on' } : {}),
    version: String(o.version),
  };
}

const daysAgo = (n: number) => new Date(Date.parse(`${todayIsoInVietnam()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const from = new Date('2025-07-01');
  province = (await createUnit(prisma, { name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: from })).id;
  communeA = (await createUnit(prisma, { name: 'Giồng Riềng', parentId: province })).id;
  communeB = (await createUnit(prisma, { name: 'Hòn Đất', parentId: province })).id;
  formerDistrict = (
    await createUnit(prisma, { name: 'Giồng Riềng', type: 'Huyện', level: 'DISTRICT', validFrom: new Date('2004-01-01'), validTo: new Date('2025-06-30') })
  ).id;
  await prisma.unitSuccession.create({ data: { predecessorId: formerDistrict, successorId: communeA, effectiveOn: from } });
  for (const role of ['ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER'] as const) {
    users[role] = await createUser(prisma, { role, unitId: role === 'DISTRICT_OFFICER' ? communeA : null });
  }
});

beforeEach(() => {
  cache.tags.length = 0;
  cache.paths.length = 0;
  session.userId = null;
});

// ───────────────────────────── Roles and scope ─────────────────────────────

describe('roles and scope', () => {
  it('refuses every write to leaders and editors, and writes nothing', async () => {
    const target = await makeOrganization(prisma, { unitId: communeA });
    const before = await prisma.organization.count();
    const audits = await prisma.auditLog.count();
    for (const role of ['LEADER', 'EDITOR'] as const) {
      as(role);
      expect(await run(createOrganization(null, idleState, form(cooperative())))).toEqual({ status: 403 });
      expect(await run(updateOrganization(target.id, idleState, form(await formFor(target.id))))).toEqual({ status: 403 });
      expect(
        await run(recordStatusChange(target.id, idleState, form({ status: 'SUSPENDED', effectiveOn: daysAgo(1), reason: 'Thử' }))),
      ).toEqual({ status: 403 });
      expect(await run(deleteOrganization(target.id, idleState, form({})))).toEqual({ status: 403 });
    }
    expect(await prisma.organization.count()).toBe(before);
    expect(await prisma.auditLog.count()).toBe(audits);
    expect(cache.tags).toEqual([]);
  });

  it('sends anonymous callers to sign in', async () => {
    const outcome = await run(createOrganization(null, idleState, form(cooperative())));
    expect(outcome.redirect).toBe('/dang-nhap');
  });

  it('lets a district officer create in their unit, and refuses a forged request for another unit', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Dịch vụ Thạnh Hưng' }, 'DISTRICT_OFFICER');
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).unitId).toBe(communeA);

    as('DISTRICT_OFFICER');
    const count = await prisma.organization.count();
    const forged = await run(createOrganization(null, idleState, form(cooperative({ unitId: String(communeB), registrationNumber: nextRegistration() }))));
    expect(forged).toEqual({ status: 403 });
    expect(await prisma.organization.count()).toBe(count);
  });

  it('hides another unit’s record from a district officer (404) and refuses moving their own out', async () => {
    const other = await makeOrganization(prisma, { unitId: communeB });
    const own = await makeOrganization(prisma, { unitId: communeA });
    as('DISTRICT_OFFICER');
    expect(await run(updateOrganization(other.id, idleState, form(await formFor(other.id))))).toEqual({ status: 404 });
    expect(
      await run(recordStatusChange(other.id, idleState, form({ status: 'SUSPENDED', effectiveOn: daysAgo(1), reason: 'Thử' }))),
    ).toEqual({ status: 404 });
    const [entry] = await prisma.statusChange.findMany({ where: { organizationId: other.id } });
    expect(
      await run(correctStatusChange(other.id, entry.id, idleState, form({ status: 'ACTIVE', effectiveOn: '2020-01-15', correctionReason: 'Thử' }))),
    ).toEqual({ status: 404 });

    const moved = await run(updateOrganization(own.id, idleState, form({ ...(await formFor(own.id)), unitId: String(communeB) })));
    expect(moved).toEqual({ status: 403 });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: own.id } })).unitId).toBe(communeA);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(other.version);
  });

  it('lists for a district officer only the organizations of their unit and the units below it', async () => {
    const mine = await makeOrganization(prisma, { unitId: communeA, name: 'Tổ hợp tác Lúa sạch Ấp Một', kind: 'GROUP' });
    const theirs = await makeOrganization(prisma, { unitId: communeB, name: 'Tổ hợp tác Lúa sạch Ấp Hai', kind: 'GROUP' });
    const filters = parseOrganizationFilters({ q: 'lua sach ap' });
    const scoped = await getOrganizationList(filters, communeA);
    expect(scoped.items.map((o) => o.id)).toContain(mine.id);
    expect(scoped.items.map((o) => o.id)).not.toContain(theirs.id);
    const all = await getOrganizationList(filters, null);
    expect(all.items.map((o) => o.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

// ───────────────────────────── Create and edit ─────────────────────────────

describe('create and edit', () => {
  it('creates with a slug without diacritics, money in đồng, a founding entry and an audit row', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Nông nghiệp Đồng Tiến' });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id } });
    expect(org.slug).toBe('hop-tac-xa-nong-nghiep-dong-tien');
    expect(org.charterCapital).toBe(1_500_000_000n);
    expect(org.sectorGroup).toBe('AGRICULTURE');
    expect(org.allianceJoinedOn?.toISOString().slice(0, 10)).toBe('2021-06-15');
    expect(org.status).toBe('ACTIVE');
    const history = await prisma.statusChange.findMany({ where: { organizationId: id } });
    expect(history).toMatchObject([{ status: 'ACTIVE', effectiveOn: new Date('2020-03-15T00:00:00Z'), createdById: users.STAFF.id }]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'organization.create', entityId: String(id) } });
    expect(audit.userId).toBe(users.STAFF.id);
    expect(audit.after).toMatchObject({ name: 'Hợp tác xã Nông nghiệp Đồng Tiến', charterCapital: '1500000000', taxCode: '1700123456' });
    expect(cache.tags).toEqual(expect.arrayContaining(['organizations', `organization:${org.slug}`, 'stats']));

    // The same name again gets a slug of its own.
    const twin = await createViaAction({ name: 'Hợp tác xã Nông nghiệp Đồng Tiến' });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: twin } })).slug).toBe('hop-tac-xa-nong-nghiep-dong-tien-2');
  });

  it('checks the tax code, money, dates and kind/sector field by field, keeping what was typed', async () => {
    as('STAFF');
    const count = await prisma.organization.count();
    const outcome = await run(
      createOrganization(
        null,
        idleState,
        form(
          cooperative({
            name: 'Hợp tác xã Thủy sản Hòa Bình'.normalize('NFD'),
            taxCode: '12345',
            charterCapital: '1,5 tỷ',
            establishedOn: '31/02/2020',
            sector: 'CREDIT',
            email: 'khong-phai-email',
          }),
        ),
      ),
    );
    const state = errorsOf(outcome);
    expect(state.fieldErrors.taxCode).toMatch(/Mã số thuế gồm 10 chữ số/);
    expect(state.fieldErrors.charterCapital).toMatch(/Vốn điều lệ/);
    expect(state.fieldErrors.establishedOn).toMatch(/Ngày thành lập không hợp lệ/);
    expect(state.fieldErrors.email).toMatch(/Email không hợp lệ/);
    expect(state.values?.name).toBe('Hợp tác xã Thủy sản Hòa Bình'.normalize('NFC'));
    expect(state.values?.taxCode).toBe('12345');
    expect(await prisma.organization.count()).toBe(count);

    const credit = errorsOf(await run(createOrganization(null, idleState, form(cooperative({ sector: 'CREDIT' })))));
    expect(credit.fieldErrors.sector).toBe('Lĩnh vực tín dụng chỉ dành cho quỹ tín dụng nhân dân.');

    const future = errorsOf(await run(createOrganization(null, idleState, form(cooperative({ establishedOn: daysAgo(-30) })))));
    expect(future.fieldErrors.establishedOn).toBe('Ngày thành lập không được sau ngày hôm nay.');

    const branch = await createViaAction({ name: 'Quỹ tín dụng nhân dân Tân Hiệp', kind: 'CREDIT_FUND', sector: 'CREDIT', taxCode: '1700123456-001', isNewModel: undefined });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: branch } })).taxCode).toBe('1700123456-001');
  });

  it('refuses a registration number already used, naming its holder', async () => {
    const holder = await makeOrganization(prisma, { unitId: communeB, name: 'HTX Nông nghiệp Tân Hiệp', registrationNumber: '5601009999' });
    as('STAFF');
    const state = errorsOf(await run(createOrganization(null, idleState, form(cooperative({ registrationNumber: ' 5601009999 ' })))));
    expect(state.fieldErrors.registrationNumber).toBe('Số đăng ký này đã thuộc về HTX Nông nghiệp Tân Hiệp.');

    const other = await createViaAction();
    const taken = errorsOf(await run(updateOrganization(other, idleState, form({ ...(await formFor(other)), registrationNumber: '5601009999' }))));
    expect(taken.fieldErrors.registrationNumber).toContain(holder.name);
    // Saving its own number again is not a clash.
    const own = await run(updateOrganization(holder.id, idleState, form({ ...(await formFor(holder.id)), phone: '0913 456 789' })));
    expect(own.redirect).toBe(`/quan-tri/to-chuc/${holder.id}?thong-bao=da-luu`);
  });

  it('refuses lowering the charter capital under what the Law’s 30% cap allows a member’s contribution', async () => {
    await seedRules(prisma);
    const id = await createViaAction({ charterCapital: '1.000.000.000' });
    await createMember(prisma, { organizationId: id, type: 'OFFICIAL', contribution: 300_000_000 });
    as('STAFF');
    const version = (await prisma.organization.findUniqueOrThrow({ where: { id } })).version;
    const refused = errorsOf(await run(updateOrganization(id, idleState, form({ ...(await formFor(id)), charterCapital: '900.000.000' }))));
    expect(refused.fieldErrors.charterCapital).toMatch(/30%/);
    expect(refused.values?.charterCapital).toBe('900.000.000');
    const after = await prisma.organization.findUniqueOrThrow({ where: { id } });
    expect([after.charterCapital, after.version]).toEqual([1_000_000_000n, version]);
    const raised = await run(updateOrganization(id, idleState, form({ ...(await formFor(id)), charterCapital: '1.200.000.000' })));
    expect(raised.redirect).toBe(`/quan-tri/to-chuc/${id}?thong-bao=da-luu`);
  });

  it('updates with an audit row of the changed fields only, and keeps the slug when the name changes', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Tân Thành' });
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id } })).slug;
    as('STAFF');
    const outcome = await run(
      updateOrganization(id, idleState, form({ ...(await formFor(id)), name: 'Hợp tác xã Nông nghiệp Tân Thành', charterCapital: '2000000000' })),
    );
    expect(outcome.redirect).toBe(`/quan-tri/to-chuc/${id}?thong-bao=da-luu`);
    const org = await prisma.organization.findUniqueOrThrow({ where: { id } });
    expect(org).toMatchObject({ name: 'Hợp tác xã Nông nghiệp Tân Thành', slug, charterCapital: 2_000_000_000n, version: 2 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'organization.update', entityId: String(id) } });
    expect(audit.before).toEqual({ name: 'Hợp tác xã Tân Thành', charterCapital: '1500000000', version: 1 });
    expect(audit.after).toEqual({ name: 'Hợp tác xã Nông nghiệp Tân Thành', charterCapital: '2000000000', version: 2 });
    expect(cache.tags).toEqual(expect.arrayContaining(['organizations', `organization:${slug}`, 'stats']));
  });

  it('refuses a stale form, says what changed meanwhile, keeps the typed values, and overwrites nothing', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Vĩnh Phú', phone: '0297 3841 234', leaderName: 'Nguyễn Văn Bình' });
    const opened = await formFor(id); // Both open the form at version 1.

    // Another staff member saves first: a new phone and a new leader.
    const colleague = await createUser(prisma, { role: 'STAFF', name: 'Trần Thị Mai' });
    session.userId = colleague.id;
    expect((await run(updateOrganization(id, idleState, form({ ...opened, phone: '0913 000 111', leaderName: 'Phạm Văn Đức' })))).redirect).toContain('da-luu');

    // The first user, on the stale form, changes the leader too, and the address.
    as('STAFF');
    const stale = errorsOf(await run(updateOrganization(id, idleState, form({ ...opened, leaderName: 'Lê Thị Hoa', address: 'Ấp Kinh 4' }))));
    expect(stale.message).toContain('Trần Thị Mai');
    expect(stale.message).toContain('Cả hai cùng sửa: Người đại diện: bạn thấy “Nguyễn Văn Bình”, hiện nay “Phạm Văn Đức”, bạn nhập “Lê Thị Hoa”');
    expect(stale.message).toContain('Đã lấy giá trị mới vào biểu mẫu (bạn không sửa các trường này): Điện thoại: bạn thấy “0297 3841 234”, hiện nay “0913 000 111”');
    expect(stale.fieldErrors.leaderName).toContain('Phạm Văn Đức');
    expect(stale.fieldErrors.phone).toBeUndefined();
    // What they typed stays; what they did not touch now shows the colleague's value.
    expect(stale.values).toMatchObject({ leaderName: 'Lê Thị Hoa', address: 'Ấp Kinh 4', phone: '0913 000 111', version: '2' });
    const org = await prisma.organization.findUniqueOrThrow({ where: { id } });
    expect(org).toMatchObject({ phone: '0913 000 111', leaderName: 'Phạm Văn Đức', address: 'Ấp Kinh 3, xã Giồng Riềng', version: 2 });

    // Having decided, the user saves again (the form now carries version 2): the colleague's phone survives.
    const again = await run(updateOrganization(id, idleState, form({ ...stale.values })));
    expect(again.redirect).toContain('da-luu');
    expect(await prisma.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({
      leaderName: 'Lê Thị Hoa',
      address: 'Ấp Kinh 4',
      phone: '0913 000 111',
      version: 3,
    });
  });
});

// ───────────────────────────── Status ─────────────────────────────

describe('status history', () => {
  it('derives the current status from dated entries, refuses invalid changes, and audits each', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Thạnh Lộc' });
    as('STAFF');
    const suspend = await run(
      recordStatusChange(id, idleState, form({ status: 'SUSPENDED', effectiveOn: daysAgo(60), reason: 'Thiếu vốn hoạt động', decisionNumber: '12/TB-HTX' })),
    );
    expect(suspend.redirect).toContain(`/quan-tri/to-chuc/${id}?thong-bao=da-ghi-trang-thai`);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).status).toBe('SUSPENDED');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'organization.status.record', entityId: String(id) } });
    expect(audit.before).toMatchObject({ status: 'ACTIVE' });
    expect(audit.after).toMatchObject({ status: 'SUSPENDED', entryStatus: 'SUSPENDED', reason: 'Thiếu vốn hoạt động', decisionNumber: '12/TB-HTX' });
    expect(cache.tags).toEqual(expect.arrayContaining(['organizations', 'stats']));

    const future = errorsOf(await run(recordStatusChange(id, idleState, form({ status: 'ACTIVE', effectiveOn: daysAgo(-1), reason: 'Thử' }))));
    expect(future.fieldErrors.effectiveOn).toBe('Ngày hiệu lực không được sau ngày hôm nay.');
    const earlier = errorsOf(await run(recordStatusChange(id, idleState, form({ status: 'ACTIVE', effectiveOn: daysAgo(90), reason: 'Thử' }))));
    expect(earlier.fieldErrors.effectiveOn).toMatch(/không được trước ngày của mục gần nhất/);
    const noReason = errorsOf(await run(recordStatusChange(id, idleState, form({ status: 'DISSOLVED', effectiveOn: daysAgo(30), reason: '' }))));
    expect(noReason.fieldErrors.reason).toMatch(/Vui lòng nêu lý do/);

    expect(
      (await run(recordStatusChange(id, idleState, form({ status: 'DISSOLVED', effectiveOn: daysAgo(30), reason: 'Đại hội thành viên quyết định giải thể', decisionNumber: '05/QĐ-UBND' })))).redirect,
    ).toBeDefined();
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).status).toBe('DISSOLVED');
    const afterEnd = errorsOf(await run(recordStatusChange(id, idleState, form({ status: 'ACTIVE', effectiveOn: daysAgo(1), reason: 'Hoạt động lại' }))));
    expect(afterEnd.message).toMatch(/Đã giải thể.*không thể ghi nhận thay đổi nào sau đó/);
    expect(await prisma.statusChange.count({ where: { organizationId: id } })).toBe(3);
  });

  it('corrects a wrong entry with a mandatory reason, audited before and after, and re-derives the status', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Long Thạnh' });
    as('STAFF');
    await run(recordStatusChange(id, idleState, form({ status: 'DISSOLVED', effectiveOn: daysAgo(20), reason: 'Giải thể', decisionNumber: '9/QĐ' })));
    const wrong = await prisma.statusChange.findFirstOrThrow({ where: { organizationId: id, status: 'DISSOLVED' } });

    const missing = errorsOf(await run(correctStatusChange(id, wrong.id, idleState, form({ status: 'SUSPENDED', effectiveOn: daysAgo(20), correctionReason: '' }))));
    expect(missing.fieldErrors.correctionReason).toMatch(/Vui lòng nêu lý do sửa/);

    const fixed = await run(
      correctStatusChange(
        id,
        wrong.id,
        idleState,
        form({ status: 'SUSPENDED', effectiveOn: daysAgo(25), reason: 'Tạm ngừng theo đề nghị', decisionNumber: '9/QĐ', correctionReason: 'Nhập nhầm: HTX chỉ tạm ngừng, chưa giải thể' }),
      ),
    );
    expect(fixed.redirect).toContain('da-sua-trang-thai');
    const entry = await prisma.statusChange.findUniqueOrThrow({ where: { id: wrong.id } });
    expect(entry).toMatchObject({ status: 'SUSPENDED', reason: 'Tạm ngừng theo đề nghị' });
    expect(entry.correctedAt).toBeInstanceOf(Date);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).status).toBe('SUSPENDED');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'organization.status.correct', entityId: String(id) } });
    expect(audit.before).toMatchObject({ entryStatus: 'DISSOLVED', effectiveOn: `${daysAgo(20)}T00:00:00.000Z`, reason: 'Giải thể', status: 'DISSOLVED' });
    expect(audit.after).toMatchObject({
      entryStatus: 'SUSPENDED',
      effectiveOn: `${daysAgo(25)}T00:00:00.000Z`,
      status: 'SUSPENDED',
      correctionReason: 'Nhập nhầm: HTX chỉ tạm ngừng, chưa giải thể',
    });

    // A correction that would leave an impossible history is refused.
    const founding = await prisma.statusChange.findFirstOrThrow({ where: { organizationId: id, status: 'ACTIVE' } });
    const impossible = errorsOf(
      await run(correctStatusChange(id, founding.id, idleState, form({ status: 'DISSOLVED', effectiveOn: '2020-03-15', correctionReason: 'Thử' }))),
    );
    expect(impossible.message).toMatch(/Lịch sử trạng thái sẽ không hợp lệ/);
  });

  it('links a group converted into a cooperative, and a merger, to their successor', async () => {
    const group = await createViaAction({ name: 'Tổ hợp tác Rau an toàn Ấp Ba', kind: 'GROUP', registrationNumber: '', charterCapital: '', isNewModel: undefined });
    const coop = await createViaAction({ name: 'Hợp tác xã Rau an toàn Ấp Ba' });
    as('STAFF');
    const noSuccessor = errorsOf(await run(recordStatusChange(group, idleState, form({ status: 'CONVERTED', effectiveOn: daysAgo(3), reason: 'Chuyển đổi' }))));
    expect(noSuccessor.fieldErrors.successorId).toMatch(/Vui lòng chọn tổ chức được hình thành sau chuyển đổi/);
    const otherGroup = await makeOrganization(prisma, { unitId: communeA, kind: 'GROUP' });
    const sameKind = errorsOf(
      await run(recordStatusChange(group, idleState, form({ status: 'CONVERTED', effectiveOn: daysAgo(3), reason: 'Chuyển đổi', successorId: String(otherGroup.id) }))),
    );
    expect(sameKind.fieldErrors.successorId).toMatch(/khác loại hình/);

    const converted = await run(
      recordStatusChange(group, idleState, form({ status: 'CONVERTED', effectiveOn: daysAgo(3), reason: 'Chuyển đổi thành hợp tác xã', successorId: String(coop) })),
    );
    expect(converted.redirect).toBeDefined();
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: group } })).toMatchObject({ status: 'CONVERTED', successorId: coop });

    // A district officer cannot merge into an organization outside their unit (it is "not found").
    const elsewhere = await makeOrganization(prisma, { unitId: communeB });
    const mine = await createViaAction({ name: 'Hợp tác xã Sáp Nhập Thử' }, 'DISTRICT_OFFICER');
    as('DISTRICT_OFFICER');
    const hidden = errorsOf(
      await run(recordStatusChange(mine, idleState, form({ status: 'MERGED', effectiveOn: daysAgo(2), reason: 'Sáp nhập', successorId: String(elsewhere.id) }))),
    );
    expect(hidden.fieldErrors.successorId).toBe('Không tìm thấy tổ chức kế thừa.');
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: mine } })).status).toBe('ACTIVE');
  });
});

// ───────────────────────────── Delete and restore ─────────────────────────────

describe('soft delete', () => {
  it('is for admins only; a deleted organization leaves every list and can be restored', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Xóa Thử Nghiệm' });
    const slug = (await prisma.organization.findUniqueOrThrow({ where: { id } })).slug;
    as('STAFF');
    expect(await run(deleteOrganization(id, idleState, form({})))).toEqual({ status: 403 });
    as('DISTRICT_OFFICER');
    expect(await run(deleteOrganization(id, idleState, form({})))).toEqual({ status: 403 });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();

    as('ADMIN');
    expect((await run(deleteOrganization(id, idleState, form({})))).redirect).toBe('/quan-tri/to-chuc?thong-bao=da-xoa');
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).deletedAt).toBeInstanceOf(Date);
    expect(cache.tags).toEqual(expect.arrayContaining(['organizations', `organization:${slug}`, 'stats']));
    const list = await getOrganizationList(parseOrganizationFilters({ q: 'xoa thu nghiem' }), null);
    expect(list.total).toBe(0);
    expect(await getOrganizationsForExport(parseOrganizationFilters({ q: 'xoa thu nghiem' }), null)).toEqual([]);

    // Nobody edits it while deleted; staff do not even see it.
    as('STAFF');
    expect(await run(updateOrganization(id, idleState, form(await formFor(id))))).toEqual({ status: 404 });
    expect(await run(restoreOrganization(id, idleState, form({})))).toEqual({ status: 403 });

    as('ADMIN');
    cache.tags.length = 0;
    expect((await run(restoreOrganization(id, idleState, form({})))).redirect).toBe(`/quan-tri/to-chuc/${id}?thong-bao=da-khoi-phuc`);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    expect(cache.tags).toEqual(expect.arrayContaining(['organizations', `organization:${slug}`, 'stats']));
    const audits = await prisma.auditLog.findMany({ where: { entityId: String(id), action: { in: ['organization.delete', 'organization.restore'] } }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['organization.delete', 'organization.restore']);
    expect(audits[0].before).toMatchObject({ deletedAt: null });
    expect(audits[1].after).toMatchObject({ deletedAt: null });
    expect(audits.every((a) => a.userId === users.ADMIN.id)).toBe(true);
  });
});

// ───────────────────────────── List and export ─────────────────────────────

describe('list and export', () => {
  it('searches without diacritics, filters by a former unit through the succession map, and by OCOP', async () => {
    const org = await makeOrganization(prisma, { unitId: communeA, name: 'Hợp tác xã Đồng Khởi Ấp Chín' });
    await prisma.ocopProduct.create({ data: { organizationId: org.id, name: 'Gạo Đồng Khởi', stars: 3, certifiedYear: 2024 } });
    const find = (q: Record<string, string>) => getOrganizationList(parseOrganizationFilters(q), null).then((r) => r.items.map((o) => o.id));
    expect(await find({ q: 'dong khoi ap chin' })).toEqual([org.id]);
    expect(await find({ q: 'ĐỒNG KHỞI'.normalize('NFD') })).toEqual([org.id]);
    expect(await find({ q: 'dong khoi', 'don-vi': String(formerDistrict) })).toEqual([org.id]);
    expect(await find({ q: 'dong khoi', 'don-vi': String(communeB) })).toEqual([]);
    expect(await find({ q: 'dong khoi', ocop: 'co' })).toEqual([org.id]);
    expect(await find({ q: 'dong khoi', ocop: 'khong' })).toEqual([]);
    expect(await find({ q: '%' })).toEqual([]);
  });

  it('exports the filtered list with the same scope, Vietnamese headers and number/date formats', async () => {
    const id = await createViaAction({ name: 'Hợp tác xã Xuất Excel Mẫu' });
    await makeOrganization(prisma, { unitId: communeB, name: 'Hợp tác xã Xuất Excel Khác' });

    as('DISTRICT_OFFICER');
    const response = await exportRoute(new NextRequest('http://localhost/quan-tri/to-chuc/xuat-excel?q=xuat+excel&loai=htx'));
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="danh-sach-to-chuc-${todayIsoInVietnam()}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Tên tổ chức');
    expect(sheet.getRow(1).getCell(16).value).toBe('Vốn điều lệ (đồng)');
    expect(sheet.rowCount).toBe(2); // the header and the officer's one organization
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('Hợp tác xã Xuất Excel Mẫu');
    expect(row.getCell(16).value).toBe(1_500_000_000);
    expect(row.getCell(16).numFmt).toBe('#,##0');
    expect(row.getCell(15).value).toEqual(new Date('2020-03-15T00:00:00Z'));
    expect(row.getCell(15).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(17).value).toBe('Đang hoạt động');
    expect(id).toBeGreaterThan(0);

    as('EDITOR');
    expect(await run(exportRoute(new NextRequest('http://localhost/quan-tri/to-chuc/xuat-excel')) as unknown as Promise<ActionState>)).toEqual({ status: 403 });
  });
});
