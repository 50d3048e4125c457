import { beforeAll, describe, expect, it } from 'vitest';

import { getAuditFilterOptions, getAuditPage, parseAuditFilters } from '@/lib/audit-log/queries';
import { prisma } from '@/lib/db';

import { seedAdminFixture } from './fixtures-admin';

let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
  const row = (userId: number, action: string, entity: string, entityId: string, createdAt: string, extra: object = {}) => ({
    userId,
    action,
    entity,
    entityId,
    createdAt: new Date(createdAt),
    ...extra,
  });
  await prisma.auditLog.createMany({
    data: [
      // 23:30 on 30/11 UTC is 06:30 on 1/12 in Vietnam.
      row(fx.users.ADMIN.id, 'user.update', 'User', String(fx.users.STAFF.id), '2026-11-30T23:30:00Z', {
        before: { unitId: null, role: 'STAFF' },
        after: { unitId: fx.communeA.id, role: 'DISTRICT_OFFICER' },
      }),
      row(fx.users.STAFF.id, 'feedback.assign', 'Feedback', '7', '2026-11-30T16:59:00Z', { before: { assignedToId: null }, after: { assignedToId: fx.users.STAFF.id } }),
      row(fx.users.ADMIN.id, 'unit.merge', 'AdministrativeUnit', String(fx.communeC.id), '2026-11-29T03:00:00Z', {
        after: { predecessorIds: [fx.communeA.id, fx.communeB.id], successorId: fx.communeC.id },
      }),
      ...Array.from({ length: 60 }, (_, i) => row(fx.users.EDITOR.id, 'auth.signIn', 'User', String(fx.users.EDITOR.id), `2026-10-01T0${i % 10}:00:00Z`)),
    ],
  });
});

describe('audit view queries', () => {
  it('pages by 50, newest first', async () => {
    const first = await getAuditPage(parseAuditFilters({}));
    expect(first.total).toBe(63);
    expect(first.items).toHaveLength(50);
    expect(first.pageCount).toBe(2);
    expect(first.items[0].action).toBe('user.update');
    const second = await getAuditPage(parseAuditFilters({ trang: '2' }));
    expect(second.items).toHaveLength(13);
  });

  it('filters by user, entity, record and action', async () => {
    const byUser = await getAuditPage(parseAuditFilters({ 'nguoi-dung': String(fx.users.STAFF.id) }));
    expect(byUser.items.map((i) => i.action)).toEqual(['feedback.assign']);
    const byEntity = await getAuditPage(parseAuditFilters({ 'doi-tuong': 'AdministrativeUnit' }));
    expect(byEntity.items.map((i) => i.action)).toEqual(['unit.merge']);
    const byRecord = await getAuditPage(parseAuditFilters({ 'doi-tuong': 'User', ma: String(fx.users.STAFF.id) }));
    expect(byRecord.items.map((i) => i.action)).toEqual(['user.update']);
    const byAction = await getAuditPage(parseAuditFilters({ 'thao-tac': 'auth.signIn' }));
    expect(byAction.total).toBe(60);
  });

  it('reads date ranges as Vietnamese calendar days', async () => {
    const firstOfDecember = await getAuditPage(parseAuditFilters({ 'tu-ngay': '2026-12-01', 'den-ngay': '2026-12-01' }));
    expect(firstOfDecember.items.map((i) => i.action)).toEqual(['user.update']);
    const lastOfNovember = await getAuditPage(parseAuditFilters({ 'tu-ngay': '2026-11-29', 'den-ngay': '2026-11-30' }));
    expect(lastOfNovember.items.map((i) => i.action)).toEqual(['feedback.assign', 'unit.merge']);
  });

  it('loads the names of the users and units the rows mention', async () => {
    const page = await getAuditPage(parseAuditFilters({ 'tu-ngay': '2026-11-29' }));
    expect(page.refs.units.get(fx.communeA.id)).toBe('Xã Giồng Riềng');
    expect(page.refs.units.get(fx.communeC.id)).toBe('Xã Sơn Kiên');
    expect(page.refs.users.get(fx.users.STAFF.id)).toBe(fx.users.STAFF.name);
  });

  it('ignores malformed filters instead of failing', async () => {
    const filters = parseAuditFilters({
      'nguoi-dung': "1 OR 1=1",
      'doi-tuong': 'User"; DROP TABLE',
      'thao-tac': '%',
      'tu-ngay': '2026-02-30',
      'den-ngay': ['2026-13-01'],
      ma: 'a'.repeat(500),
      trang: '99999999999',
    });
    expect(filters).toEqual({ page: 1, userId: undefined, entity: undefined, entityId: undefined, action: undefined, from: undefined, to: undefined });
    expect((await getAuditPage(parseAuditFilters({ trang: '999' }))).items).toEqual([]);
  });

  it('offers the entities and actions present in the log as filter choices', async () => {
    const options = await getAuditFilterOptions();
    expect(options.entities).toEqual(['AdministrativeUnit', 'Feedback', 'User']);
    expect(options.actions.map((a) => a.action)).toEqual(['auth.signIn', 'feedback.assign', 'unit.merge', 'user.update']);
    expect(options.users).toHaveLength(5);
  });
});
