/**
 * The grid's server actions on a real database: each row saved or submitted on its own through
 * the reporting core, one bad row refused alone, figures the grid does not show kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { saveGridRow, submitGridRows } from '@/lib/reports/grid-actions';
import type { GridRowInput } from '@/lib/reports/grid-types';
import { createOrganization, createReport, createReportingPeriod, createUnit, createUser } from '@/prisma/seed/factories';
import { actAs } from '@/tests/setup/next-runtime';

let periodId: number;
let officer: { id: number };
const org: Record<'good' | 'bad' | 'warn' | 'other', number> = { good: 0, bad: 0, warn: 0, other: 0 };

const goodValues = {
  members: '40',
  officialMembers: '35',
  regularWorkers: '5',
  seasonalWorkers: '10',
  charterCapital: '1.500.000.000',
  contributedCapital: '1.200.000.000',
  landAreaHa: '120,5',
  revenue: '2.000.000.000',
  profit: '150.000.000',
  avgWorkerIncome: '6.000.000',
};

const report = (organizationId: number) => prisma.organizationReport.findUniqueOrThrow({ where: { organizationId_periodId: { organizationId, periodId } } });
const row = async (key: keyof typeof org, values: Record<string, string>, comment = ''): Promise<GridRowInput> => ({
  organizationId: org[key],
  version: (await report(org[key])).version,
  values,
  comment,
});

beforeAll(async () => {
  const province = await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'An Giang' });
  const communeA = await createUnit(prisma, { parentId: province.id, name: 'Giồng Riềng' });
  const communeB = await createUnit(prisma, { parentId: province.id, name: 'Hòn Đất' });
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId: communeA.id });
  const period = await createReportingPeriod(prisma, { year: 2026, kind: 'FIRST_HALF' });
  await prisma.reportingPeriod.update({ where: { id: period.id }, data: { openedAt: new Date('2026-01-01') } });
  periodId = period.id;
  for (const key of ['good', 'bad', 'warn'] as const) org[key] = (await createOrganization(prisma, { unitId: communeA.id, name: `HTX lưới ${key}` })).id;
  org.other = (await createOrganization(prisma, { unitId: communeB.id, name: 'HTX xã khác' })).id;
  // Expected, not started: the factory's figures stand for what the period opening left (managers 5 = 2 + 3).
  for (const id of Object.values(org)) await createReport(prisma, { organizationId: id, periodId, state: 'DRAFT', enteredAt: null, firstSubmittedAt: null, submittedAt: null });
});

describe('grid rows', () => {
  it('saves a row typed the vi-VN way and keeps the figures the grid does not show', async () => {
    actAs(officer);
    const res = await saveGridRow(periodId, await row('good', goodValues));
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true, state: "DRAFT" });
    expect(res.values?.charterCapital).toBe('1.500.000.000');
    const r = await report(org.good);
    expect(r.charterCapital).toBe(1_500_000_000n);
    expect(r.landAreaHa.toFixed(2)).toBe('120.50');
    expect(r.enteredAt).not.toBeNull();
    expect(r.managersTotal).toBe(5);
    expect(r.managersUniversity).toBe(2);
  });

  it('refuses a bad row alone, with its errors on its cells, and writes nothing for it', async () => {
    actAs(officer);
    const before = await report(org.bad);
    const res = await saveGridRow(periodId, await row('bad', { ...goodValues, officialMembers: '50', members: 'bốn mươi' }));
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => e.field)).toContain('members');
    const after = await report(org.bad);
    expect(after.version).toBe(before.version);
    expect(after.enteredAt).toBeNull();

    const blocked = await saveGridRow(periodId, await row('bad', { ...goodValues, officialMembers: '50' }));
    expect(blocked.ok).toBe(false);
    expect(blocked.errors.some((e) => e.field === 'officialMembers'), JSON.stringify(blocked)).toBe(true);
    expect((await report(org.bad)).enteredAt).toBeNull();
  });

  it('submits the valid rows and reports the others, each on its own', async () => {
    actAs(officer);
    const results = await submitGridRows(periodId, [
      await row('good', goodValues),
      await row('bad', { ...goodValues, officialMembers: '50' }),
      await row('warn', { ...goodValues, profit: '3.000.000.000' }),
    ]);
    const byOrg = Object.fromEntries(results.map((r) => [r.organizationId, r]));
    expect(byOrg[org.good]).toMatchObject({ ok: true, state: 'SUBMITTED' });
    expect(byOrg[org.bad].ok).toBe(false);
    // A warning lets the row be saved as a draft but not submitted without a comment.
    expect(byOrg[org.warn].ok).toBe(false);
    expect(byOrg[org.warn].warnings.length).toBeGreaterThan(0);
    expect(byOrg[org.warn].errors.some((e) => e.field === 'comment')).toBe(true);

    expect((await report(org.good)).state).toBe('SUBMITTED');
    expect((await report(org.good)).firstSubmittedAt).not.toBeNull();
    expect((await report(org.bad)).enteredAt).toBeNull();
    const warn = await report(org.warn);
    expect(warn.state).toBe('DRAFT');
    expect(warn.profit).toBe(3_000_000_000n);

    const again = await submitGridRows(periodId, [await row('warn', { ...goodValues, profit: '3.000.000.000' }, 'Bán tồn kho vụ trước')]);
    expect(again[0]).toMatchObject({ ok: true, state: 'SUBMITTED' });
    expect((await report(org.warn)).comment).toBe('Bán tồn kho vụ trước');
  });

  it("refuses a row of another commune's organization", async () => {
    actAs(officer);
    const res = await saveGridRow(periodId, await row('other', goodValues));
    expect(res.ok).toBe(false);
    expect((await report(org.other)).enteredAt).toBeNull();
  });
});
