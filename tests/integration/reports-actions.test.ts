import { beforeAll, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { createRepresentative, deactivateRepresentative, openPeriodAction, reviewReportAction, saveReportAction, savePeriod } from '@/lib/reports/actions';
import { utc } from '@/prisma/seed/dates';
import { createOrganization, createReportingPeriod, createUnit, createUser } from '@/prisma/seed/factories';
import { seedRules } from '@/prisma/seed/rules';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

const idle = { status: 'idle' } as ActionState;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** The digest Next gives the errors thrown by redirect(), notFound(), forbidden(). */
async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

const figures = (extra: Record<string, string> = {}) => ({
  members: '40',
  officialMembers: '35',
  charterCapital: '1.000.000.000',
  revenue: '2.000.000.000',
  profit: '100.000.000',
  landAreaHa: '12,5',
  ...extra,
});

let commune: number;
let org: { id: number };
let other: { id: number };
let period: { id: number };
let staff: { id: number };
let admin: { id: number };
let rep: { id: number };

beforeAll(async () => {
  await seedRules(prisma);
  commune = (await createUnit(prisma, { name: 'Giồng Riềng', validFrom: utc(2004, 1, 1) })).id;
  org = await createOrganization(prisma, { unitId: commune, establishedOn: utc(2019, 1, 1) });
  other = await createOrganization(prisma, { unitId: commune, establishedOn: utc(2019, 1, 1) });
  period = await createReportingPeriod(prisma, { year: 2025, kind: 'FULL_YEAR' });
  staff = await createUser(prisma, { role: 'STAFF' });
  admin = await createUser(prisma, { role: 'ADMIN' });
  rep = await createUser(prisma, { role: 'ORG_REPRESENTATIVE' });
  await prisma.user.update({ where: { id: rep.id }, data: { organizationId: org.id } });
});

describe('report actions', () => {
  it('open a period (admin only), then save and submit in one go; a refused submission keeps nothing of the save', async () => {
    actAs(staff);
    expect(await interruption(() => openPeriodAction(period.id, idle, form({})))).toMatch(/HTTP_ERROR_FALLBACK;403/);
    actAs(admin);
    const opened = await openPeriodAction(period.id, idle, form({}));
    expect(opened).toMatchObject({ status: 'success', message: expect.stringContaining('2 tổ chức phải báo cáo') });

    actAs(rep);
    const refused = await saveReportAction(org.id, period.id, idle, form({ ...figures({ revenue: '50.000.000' }), intent: 'submit' }));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { comment: 'Nhập giải trình cho các cảnh báo để gửi báo cáo.' }, values: expect.objectContaining({ revenue: '50.000.000' }) });
    const row = await prisma.organizationReport.findUniqueOrThrow({ where: { organizationId_periodId: { organizationId: org.id, periodId: period.id } } });
    expect(row).toMatchObject({ enteredAt: null, state: 'DRAFT', revenue: 0n });

    const sent = await saveReportAction(org.id, period.id, idle, form({ ...figures({ revenue: '50.000.000', comment: 'Có thu nhập khác ngoài doanh thu bán hàng' }), intent: 'submit' }));
    expect(sent).toMatchObject({ status: 'success', message: 'Đã gửi báo cáo để Liên minh xem xét.' });
    // The representative speaks for its own organization only: another one is not found.
    expect(await interruption(() => saveReportAction(other.id, period.id, idle, form({ ...figures(), intent: 'save' })))).toMatch(/HTTP_ERROR_FALLBACK;404/);
    // …and never reviews.
    expect(await interruption(() => reviewReportAction(row.id, 'approve', idle, form({})))).toMatch(/HTTP_ERROR_FALLBACK;403/);

    actAs(staff);
    expect(await reviewReportAction(row.id, 'return', idle, form({ reason: '' }))).toMatchObject({ status: 'error', fieldErrors: { reason: 'Nhập lý do trả lại (ít nhất 5 ký tự).' } });
    takeExpired();
    expect(await reviewReportAction(row.id, 'approve', idle, form({}))).toMatchObject({ status: 'success' });
    expect((await prisma.organizationReport.findUniqueOrThrow({ where: { id: row.id } })).state).toBe('APPROVED');
    // Approved figures feed the statistics: their cache and the public statistics pages expire.
    expect(takeExpired()).toEqual(expect.arrayContaining(['stats', 'stats:reports']));
  });

  it('periods: the admin adds one with checked dates', async () => {
    actAs(admin);
    const bad = await savePeriod(null, idle, form({ kind: 'FIRST_HALF', year: '2027', startsOn: '2027-01-01', endsOn: '2026-12-31', deadline: '15/07/2027' }));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { endsOn: 'Ngày kết thúc phải sau ngày bắt đầu.' } });
    expect(await savePeriod(null, idle, form({ kind: 'FIRST_HALF', year: '2027', startsOn: '2027-01-01', endsOn: '30/06/2027', deadline: '15/07/2027' }))).toMatchObject({ status: 'success' });
    expect(await savePeriod(null, idle, form({ kind: 'FIRST_HALF', year: '2027', startsOn: '2027-01-01', endsOn: '2027-06-30', deadline: '2027-07-15' }))).toMatchObject({
      status: 'error',
      fieldErrors: { kind: 'Đã có kỳ báo cáo cùng năm và cùng loại.' },
    });
  });

  it('staff create a representative account tied to the organization and deactivate it', async () => {
    actAs(rep);
    expect(await interruption(() => createRepresentative(org.id, idle, form({ name: 'Lê Văn Tư', email: 'tu@htx.vn', mode: 'password' })))).toMatch(/HTTP_ERROR_FALLBACK;403/);
    actAs(staff);
    const created = await createRepresentative(org.id, idle, form({ name: 'Lê Văn Tư', email: 'Tu@HTX.vn', mode: 'password' }));
    expect(created).toMatchObject({ status: 'success', credential: { kind: 'password' } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'tu@htx.vn' } });
    expect(user).toMatchObject({ role: 'ORG_REPRESENTATIVE', organizationId: org.id, mustChangePassword: true, unitId: null });
    expect(await createRepresentative(org.id, idle, form({ name: 'Lê Văn Tư', email: 'tu@htx.vn', mode: 'password' }))).toMatchObject({ status: 'error', fieldErrors: { email: expect.stringContaining('đã được dùng') } });
    // Only the organization's own representatives can be deactivated from its page.
    expect(await deactivateRepresentative(other.id, user.id, idle, form({}))).toMatchObject({ status: 'error' });
    expect(await deactivateRepresentative(org.id, user.id, idle, form({}))).toMatchObject({ status: 'success' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
    expect(await prisma.auditLog.count({ where: { entity: 'User', entityId: String(user.id), action: { in: ['user.create', 'user.deactivate'] } } })).toBe(2);
  });
});
