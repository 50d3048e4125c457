import { beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { openPeriod } from '@/lib/reports/expected';
import {
  approveReport,
  bulkApprove,
  LOCKED_MESSAGE,
  type ReportActor,
  returnReport,
  saveReport,
  STALE_MESSAGE,
  submitReport,
  unlockReport,
} from '@/lib/reports/mutation';
import { parseReport } from '@/lib/reports/schema';
import { utc } from '@/prisma/seed/dates';
import { createOrganization, createReport, createReportingPeriod, createUnit, createUser } from '@/prisma/seed/factories';
import { seedRules } from '@/prisma/seed/rules';

// ───────────────────────────── Fixture ─────────────────────────────

let province: number;
let communeA: number;
let communeB: number;
let oldDistrict: number;
let reformCommune: number;
let admin: ReportActor;
let staff: ReportActor;
let officer: ReportActor;
let leader: ReportActor;

async function actor(role: Role, extra: { unitId?: number | null; organizationId?: number } = {}): Promise<ReportActor> {
  const u = await createUser(prisma, { role, unitId: extra.unitId ?? null });
  if (extra.organizationId) await prisma.user.update({ where: { id: u.id }, data: { organizationId: extra.organizationId } });
  return { id: u.id, role, unitId: u.unitId, organizationId: extra.organizationId ?? null };
}

beforeAll(async () => {
  await seedRules(prisma);
  province = (await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'Kiên Giang', validFrom: utc(2004, 1, 1) })).id;
  communeA = (await createUnit(prisma, { parentId: province, name: 'Giồng Riềng', validFrom: utc(2004, 1, 1) })).id;
  communeB = (await createUnit(prisma, { parentId: province, name: 'Hòn Đất', validFrom: utc(2004, 1, 1) })).id;
  oldDistrict = (await createUnit(prisma, { level: 'DISTRICT', type: 'Huyện', name: 'Châu Thành', validFrom: utc(2004, 1, 1), validTo: utc(2025, 6, 30) })).id;
  reformCommune = (await createUnit(prisma, { name: 'Bình An', validFrom: utc(2025, 7, 1) })).id;
  await prisma.unitSuccession.create({ data: { predecessorId: oldDistrict, successorId: reformCommune, effectiveOn: utc(2025, 7, 1), share: '0.5000' } });
  admin = await actor('ADMIN');
  staff = await actor('STAFF');
  officer = await actor('DISTRICT_OFFICER', { unitId: communeA });
  leader = await actor('LEADER');
});

const tx = <T>(run: (t: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<T>) => prisma.$transaction(run);

async function openedPeriod(year: number, kind: 'FIRST_HALF' | 'FULL_YEAR' = 'FIRST_HALF') {
  const p = await createReportingPeriod(prisma, { year, kind });
  await prisma.reportingPeriod.update({ where: { id: p.id }, data: { openedAt: p.startsOn } });
  return p;
}

/** Plausible figures of a small cooperative, as a form sends them (vi-VN text). */
function figures(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    members: '40',
    officialMembers: '35',
    regularWorkers: '6',
    seasonalWorkers: '20',
    charterCapital: '1.000.000.000',
    contributedCapital: '800 000 000',
    landAreaHa: '120,5',
    revenue: '2.400.000.000',
    profit: '150.000.000',
    avgWorkerIncome: '6.500.000',
    managersTotal: '5',
    managersPostgraduate: '0',
    managersUniversity: '2',
    managersCollege: '1',
    managersVocational: '1',
    managersUntrained: '1',
    comment: '',
    ...overrides,
  };
}

const expectOk = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

// ───────────────────────────── Parsing ─────────────────────────────

describe('report figures as typed in Vietnam', () => {
  it('accept thousands separators, decimal commas and losses; refuse decimals for money', () => {
    const r = parseReport('COOPERATIVE', figures({ profit: '-12.500.000', landAreaHa: '1.234,56' }));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.charterCapital).toBe(1_000_000_000n);
    expect(r.data.contributedCapital).toBe(800_000_000n);
    expect(r.data.landAreaHa).toBe('1234.56');
    expect(r.data.profit).toBe(-12_500_000n);
    // Credit fields are not read for a cooperative.
    expect(r.data.operatingCapital).toBeNull();

    const bad = parseReport('COOPERATIVE', figures({ revenue: '1,5', members: 'bốn mươi', landAreaHa: '12,345' }));
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const messages = Object.fromEntries(bad.error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages.revenue).toBe('Doanh thu trong kỳ: Nhập số nguyên đồng, không có phần thập phân.');
    expect(messages.members).toBe('Tổng số thành viên: Số không hợp lệ. Ví dụ: 1.234.567');
    expect(messages.landAreaHa).toBe('Diện tích canh tác: Tối đa 2 chữ số thập phân.');
  });

  it('read the credit fields of a credit fund, with a bad-debt ratio up to 100%', () => {
    const r = parseReport('CREDIT_FUND', figures({ operatingCapital: '45.000.000.000', deposits: '', badDebtRatio: '1,25' }));
    expect(r.success && r.data.operatingCapital).toBe(45_000_000_000n);
    expect(r.success && r.data.deposits).toBeNull();
    expect(r.success && r.data.badDebtRatio).toBe('1.25');
    expect(parseReport('CREDIT_FUND', figures({ badDebtRatio: '120' })).success).toBe(false);
  });
});

// ───────────────────────────── Expected reports ─────────────────────────────

describe('expected reports from the status history', () => {
  it('open a period with exactly the organizations that existed and had not ended', async () => {
    const period = await createReportingPeriod(prisma, { year: 2024, kind: 'FIRST_HALF' }); // 1/1–30/6/2024
    const org = (name: string, o: Parameters<typeof createOrganization>[1] = {}) => createOrganization(prisma, { unitId: communeB, name, ...o });
    const orgs = {
      active: await org('HTX Đang hoạt động', { establishedOn: utc(2019, 5, 1) }),
      foundedMid: await org('HTX Thành lập giữa kỳ', { establishedOn: utc(2024, 3, 1) }),
      foundedOnEnd: await org('HTX Thành lập ngày cuối kỳ', { establishedOn: utc(2024, 6, 30) }),
      foundedAfter: await org('HTX Thành lập sau kỳ', { establishedOn: utc(2024, 7, 1) }),
      dissolvedMid: await org('HTX Giải thể giữa kỳ', { establishedOn: utc(2018, 1, 1), status: 'DISSOLVED', statusChangedOn: utc(2024, 4, 10) }),
      dissolvedOnStart: await org('HTX Giải thể ngày đầu kỳ', { establishedOn: utc(2018, 1, 1), status: 'DISSOLVED', statusChangedOn: utc(2024, 1, 1) }),
      dissolvedAfter: await org('HTX Giải thể sau kỳ', { establishedOn: utc(2018, 1, 1), status: 'DISSOLVED', statusChangedOn: utc(2024, 8, 1) }),
      suspended: await org('HTX Tạm ngừng', { establishedOn: utc(2018, 1, 1), status: 'SUSPENDED', statusChangedOn: utc(2023, 5, 1) }),
      converted: await org('THT chuyển thành HTX', { kind: 'GROUP', establishedOn: utc(2018, 1, 1), status: 'CONVERTED', statusChangedOn: utc(2024, 2, 1) }),
      merged: await org('HTX Sáp nhập', { establishedOn: utc(2018, 1, 1), status: 'MERGED', statusChangedOn: utc(2024, 6, 30) }),
      deleted: await org('HTX Đã xoá', { establishedOn: utc(2018, 1, 1), deletedAt: new Date() }),
      reform: await createOrganization(prisma, { unitId: reformCommune, name: 'HTX Xã mới', establishedOn: utc(2015, 1, 1) }),
    };
    const ids = Object.values(orgs).map((o) => o.id);

    // Only the admin opens periods.
    expect(await tx((t) => openPeriod(t, staff as never, period.id))).toMatchObject({ ok: false, message: 'Bạn không có quyền mở kỳ báo cáo.' });
    const opened = expectOk(await tx((t) => openPeriod(t, { ...admin, name: 'Admin', email: 'a@x.vn' }, period.id)));
    expect(opened.firstOpening).toBe(true);
    expect((await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).openedAt).not.toBeNull();

    const rows = await prisma.organizationReport.findMany({ where: { periodId: period.id, organizationId: { in: ids } }, orderBy: { organizationId: 'asc' } });
    const byOrg = new Map(rows.map((r) => [r.organizationId, r]));
    expect([...byOrg.keys()].sort((a, b) => a - b)).toEqual(
      [orgs.active, orgs.foundedMid, orgs.foundedOnEnd, orgs.dissolvedAfter, orgs.suspended, orgs.reform].map((o) => o.id).sort((a, b) => a - b),
    );
    expect(byOrg.get(orgs.suspended.id)).toMatchObject({ status: 'SUSPENDED', state: 'DRAFT', enteredAt: null, unitId: communeB });
    expect(byOrg.get(orgs.dissolvedAfter.id)!.status).toBe('ACTIVE');
    // Today's commune did not exist in 2024: the report belongs to the district of that time.
    expect(byOrg.get(orgs.reform.id)!.unitId).toBe(oldDistrict);
    expect(await prisma.auditLog.count({ where: { action: 'period.open', entityId: String(period.id) } })).toBe(1);

    // A refresh after a corrected history: the never-entered row goes, an entered one stays.
    const entered = expectOk(await tx((t) => saveReport(t, staff, { organizationId: orgs.foundedMid.id, periodId: period.id, values: figures() })));
    expect(entered.state).toBe('DRAFT');
    await prisma.statusChange.updateMany({ where: { organizationId: { in: [orgs.active.id, orgs.foundedMid.id] }, status: 'ACTIVE' }, data: { effectiveOn: utc(2024, 9, 1) } });
    await prisma.organization.updateMany({ where: { id: { in: [orgs.active.id, orgs.foundedMid.id] } }, data: { establishedOn: utc(2024, 9, 1) } });
    const again = expectOk(await tx((t) => openPeriod(t, { ...admin, name: 'Admin', email: 'a@x.vn' }, period.id)));
    expect(again).toMatchObject({ firstOpening: false, added: 0, removed: 1 });
    const left = await prisma.organizationReport.findMany({ where: { periodId: period.id, organizationId: { in: [orgs.active.id, orgs.foundedMid.id] } }, select: { organizationId: true } });
    expect(left.map((r) => r.organizationId)).toEqual([orgs.foundedMid.id]);
    expect(await prisma.auditLog.count({ where: { action: 'period.refresh', entityId: String(period.id) } })).toBe(1);
  });
});

// ───────────────────────────── Validation rules ─────────────────────────────

describe('report rules kept as data', () => {
  let period: { id: number };
  let previous: { id: number };
  beforeAll(async () => {
    previous = await openedPeriod(2024, 'FULL_YEAR');
    period = await openedPeriod(2025, 'FIRST_HALF');
  });

  const coop = (o: Parameters<typeof createOrganization>[1] = {}) => createOrganization(prisma, { unitId: communeA, establishedOn: utc(2019, 1, 1), ...o });
  const save = (organizationId: number, values: Record<string, string>, who: ReportActor = staff) =>
    tx((t) => saveReport(t, who, { organizationId, periodId: period.id, values }));
  const submit = (organizationId: number, who: ReportActor = staff) => tx((t) => submitReport(t, who, { organizationId, periodId: period.id }));

  it('block negative figures, and official members above members, before anything is saved', async () => {
    const org = await coop();
    const negative = await save(org.id, figures({ members: '-3', officialMembers: '0' }));
    expect(negative).toMatchObject({ ok: false, fieldErrors: { members: 'Tổng số thành viên không được là số âm (đang ghi -3).' } });
    const official = await save(org.id, figures({ members: '10', officialMembers: '12' }));
    expect(official).toMatchObject({ ok: false, fieldErrors: { officialMembers: 'Số thành viên chính thức (12) không thể lớn hơn tổng số thành viên (10).' } });
    expect(official.ok ? '' : official.message).toMatch(/^Không lưu được: /);
    expect(await prisma.organizationReport.count({ where: { organizationId: org.id } })).toBe(0);
    // A loss is not a negative figure.
    expectOk(await save(org.id, figures({ profit: '-20.000.000' })));
  });

  it('warn on profit above revenue, absurd values and managers not adding up; a comment lets it through', async () => {
    const org = await coop();
    const saved = expectOk(await save(org.id, figures({ revenue: '100.000.000', profit: '150.000.000', members: '150.000', officialMembers: '150.000', managersTotal: '2' })));
    expect(saved.warnings.map((w) => w.message)).toEqual([
      'Tổng số thành viên bất thường: 150.000, vượt mức hợp lý 100.000. Đề nghị kiểm tra lại hoặc giải trình.',
      'Thành viên chính thức bất thường: 150.000, vượt mức hợp lý 100.000. Đề nghị kiểm tra lại hoặc giải trình.',
      'Lợi nhuận (150.000.000 đồng) lớn hơn doanh thu (100.000.000 đồng): đề nghị kiểm tra lại hoặc giải trình.',
      'Cán bộ quản lý theo trình độ cộng lại (5) nhiều hơn tổng số cán bộ quản lý (2).',
    ]);
    const refused = await submit(org.id);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { comment: 'Nhập giải trình cho các cảnh báo để gửi báo cáo.' } });
    expect((await prisma.organizationReport.findFirstOrThrow({ where: { organizationId: org.id } })).state).toBe('DRAFT');

    expectOk(await save(org.id, figures({ revenue: '100.000.000', profit: '150.000.000', members: '150.000', officialMembers: '150.000', managersTotal: '2', comment: 'Có thu nhập từ thanh lý tài sản; thành viên tăng do sáp nhập' })));
    const ok = expectOk(await submit(org.id));
    expect(ok.state).toBe('SUBMITTED');
    const row = await prisma.organizationReport.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(row.warnings).toHaveLength(4);
    expect(row.firstSubmittedAt).not.toBeNull();
  });

  it('warn when members or capital drop by more than half against the previous period', async () => {
    const org = await coop();
    await createReport(prisma, { organizationId: org.id, periodId: previous.id, members: 100, officialMembers: 90, charterCapital: 2_000_000_000n, enteredAt: new Date() });
    const half = expectOk(await save(org.id, figures({ members: '50', officialMembers: '45', charterCapital: '1.000.000.000' })));
    expect(half.warnings).toEqual([]);
    const drop = expectOk(await save(org.id, figures({ members: '40', officialMembers: '35', charterCapital: '900.000.000' })));
    expect(drop.warnings.map((w) => w.message)).toEqual([
      'Tổng số thành viên giảm 60% so với kỳ năm 2024 (100 → 40), quá mức 50%: cần giải trình.',
      'Vốn điều lệ giảm 55% so với kỳ năm 2024 (2.000.000.000 đồng → 900.000.000 đồng), quá mức 50%: cần giải trình.',
    ]);
    expect(await submit(org.id)).toMatchObject({ ok: false });
    expectOk(await save(org.id, figures({ members: '40', officialMembers: '35', charterCapital: '900.000.000', comment: 'Rà soát, loại thành viên không còn sinh hoạt' })));
    expectOk(await submit(org.id));
  });

  it('refuse a report for a period before founding or after the organization ended', async () => {
    const later = await coop({ establishedOn: utc(2025, 9, 1) });
    expect(await save(later.id, figures())).toMatchObject({
      ok: false,
      message: 'Không lưu được: Không thể báo cáo kỳ 6 tháng đầu năm 2025: tổ chức thành lập ngày 01/09/2025, sau khi kỳ kết thúc.',
    });
    const ended = await coop({ status: 'DISSOLVED', statusChangedOn: utc(2024, 11, 20) });
    expect(await save(ended.id, figures())).toMatchObject({
      ok: false,
      message: 'Không lưu được: Không thể báo cáo kỳ 6 tháng đầu năm 2025: tổ chức ở tình trạng “đã giải thể” từ ngày 20/11/2024.',
    });
    // Dissolved during the period: not expected, but its last report may still be filed.
    const mid = await coop({ status: 'DISSOLVED', statusChangedOn: utc(2025, 3, 1) });
    expectOk(await save(mid.id, figures()));
  });

  it("apply the Law's minimum of official members (the member register's rule) to cooperatives only", async () => {
    const org = await coop();
    const few = expectOk(await save(org.id, figures({ members: '8', officialMembers: '3' })));
    expect(few.warnings.map((w) => w.message)).toEqual(['Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 3).']);
    const group = await coop({ kind: 'GROUP' });
    expect(expectOk(await save(group.id, figures({ members: '8', officialMembers: '3' }))).warnings).toEqual([]);
    // Same row as the member register: a new threshold applies to reports too.
    await prisma.validationRule.update({ where: { code: 'min_official_members' }, data: { params: { min: 2 } } });
    try {
      expect(expectOk(await save(org.id, figures({ members: '8', officialMembers: '3' }))).warnings).toEqual([]);
    } finally {
      await prisma.validationRule.update({ where: { code: 'min_official_members' }, data: { params: { min: 5 } } });
    }
  });

  it('let only a suspended organization file a nil report', async () => {
    const active = await coop();
    expect(await save(active.id, figures({ nilReport: 'on' }))).toMatchObject({
      ok: false,
      fieldErrors: { nilReport: 'Chỉ tổ chức tạm ngừng hoạt động mới gửi báo cáo không phát sinh; cuối kỳ tổ chức đang ở tình trạng đang hoạt động.' },
    });
    const suspended = await coop({ status: 'SUSPENDED', statusChangedOn: utc(2024, 3, 1) });
    const nil = expectOk(await save(suspended.id, { nilReport: 'on', officialMembers: '0', members: '0' }));
    expect(nil.warnings).toEqual([]);
    expectOk(await submit(suspended.id));
  });

  it('follow the table: a warning made blocking blocks, a deactivated rule is silent, a missing rule comes back', async () => {
    const org = await coop();
    const values = figures({ revenue: '100.000.000', profit: '150.000.000' });
    await prisma.validationRule.update({ where: { code: 'report_profit_above_revenue' }, data: { severity: 'BLOCK' } });
    expect(await save(org.id, values)).toMatchObject({ ok: false, fieldErrors: { profit: expect.stringContaining('lớn hơn doanh thu') } });
    await prisma.validationRule.update({ where: { code: 'report_profit_above_revenue' }, data: { severity: 'WARN', active: false } });
    expect(expectOk(await save(org.id, values)).warnings).toEqual([]);
    // A database seeded before the report rules existed gets them on first use.
    await prisma.validationRule.deleteMany({ where: { target: 'REPORT' } });
    expect(expectOk(await save(org.id, values)).warnings.map((w) => w.code)).toEqual(['report_profit_above_revenue']);
    expect(await prisma.validationRule.count({ where: { target: 'REPORT' } })).toBe(8);
  });
});

// ───────────────────────────── State machine ─────────────────────────────

describe('the report workflow', () => {
  let period: { id: number };
  beforeAll(async () => {
    period = await openedPeriod(2025, 'FULL_YEAR');
  });
  const coop = (unitId = communeA) => createOrganization(prisma, { unitId, establishedOn: utc(2019, 1, 1) });
  const ref = async (organizationId: number) => {
    const r = await prisma.organizationReport.findUniqueOrThrow({ where: { organizationId_periodId: { organizationId, periodId: period.id } } });
    return { reportId: r.id, version: r.version, state: r.state, returnReason: r.returnReason, reviewedById: r.reviewedById };
  };
  const audits = (reportId: number) =>
    prisma.auditLog.findMany({ where: { entity: 'OrganizationReport', entityId: String(reportId) }, orderBy: { id: 'asc' }, select: { action: true, userId: true } });

  it('draft → submitted → approved (locked) → unlocked with a reason → draft, each step audited', async () => {
    const org = await coop();
    const saved = expectOk(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures(), version: null })));
    expectOk(await tx((t) => submitReport(t, officer, { organizationId: org.id, periodId: period.id, version: saved.version })));
    const { reportId } = await ref(org.id);

    // A district officer cannot approve; a leader neither.
    for (const who of [officer, leader]) {
      expect(await tx((t) => approveReport(t, who, { reportId }))).toMatchObject({ ok: false, message: 'Chỉ cán bộ Liên minh được duyệt, trả lại hoặc mở khoá báo cáo.' });
    }
    // Waiting for review: its reporter cannot change it any more.
    expect(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures() }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('đang chờ duyệt'),
    });
    expectOk(await tx((t) => approveReport(t, staff, { reportId })));
    expect(await ref(org.id)).toMatchObject({ state: 'APPROVED', reviewedById: staff.id });

    // Approved data is locked, for everyone.
    for (const who of [officer, staff, admin]) {
      expect(await tx((t) => saveReport(t, who, { organizationId: org.id, periodId: period.id, values: figures({ members: '41' }) }))).toMatchObject({ ok: false, message: LOCKED_MESSAGE });
    }
    expect(await tx((t) => returnReport(t, staff, { reportId, reason: 'Sai số liệu vốn' }))).toMatchObject({ ok: false });
    expect((await prisma.organizationReport.findUniqueOrThrow({ where: { id: reportId } })).members).toBe(40);

    // Unlocking needs a reason (and the right).
    expect(await tx((t) => unlockReport(t, staff, { reportId, reason: '  ' }))).toMatchObject({ ok: false, fieldErrors: { reason: 'Nhập lý do mở khoá (ít nhất 5 ký tự).' } });
    expect(await tx((t) => unlockReport(t, officer, { reportId, reason: 'Cần sửa số liệu' }))).toMatchObject({ ok: false });
    const unlocked = expectOk(await tx((t) => unlockReport(t, staff, { reportId, reason: 'Xã báo cáo lại số thành viên sau đại hội' })));
    expect(unlocked.state).toBe('DRAFT');
    expect(await ref(org.id)).toMatchObject({ state: 'DRAFT', returnReason: 'Xã báo cáo lại số thành viên sau đại hội' });
    expectOk(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures({ members: '41' }) })));

    const log = await audits(reportId);
    expect(log.map((a) => a.action)).toEqual(['report.create', 'report.submit', 'report.approve', 'report.unlock', 'report.save']);
    const unlock = await prisma.auditLog.findFirstOrThrow({ where: { action: 'report.unlock', entityId: String(reportId) } });
    expect(unlock).toMatchObject({ userId: staff.id, after: { state: 'DRAFT', reason: 'Xã báo cáo lại số thành viên sau đại hội' } });
  });

  it('return needs a reason; the returned report is corrected by its representative and resubmitted', async () => {
    const org = await coop();
    const other = await coop();
    const rep = await actor('ORG_REPRESENTATIVE', { organizationId: org.id });
    expectOk(await tx((t) => saveReport(t, rep, { organizationId: org.id, periodId: period.id, values: figures() })));
    const first = expectOk(await tx((t) => submitReport(t, rep, { organizationId: org.id, periodId: period.id })));
    const firstSubmittedAt = (await prisma.organizationReport.findUniqueOrThrow({ where: { id: first.reportId } })).firstSubmittedAt;

    // A representative touches only its own organization, and never reviews.
    expect(await tx((t) => saveReport(t, rep, { organizationId: other.id, periodId: period.id, values: figures() }))).toMatchObject({
      ok: false,
      message: 'Bạn không có quyền nhập báo cáo cho tổ chức này.',
    });
    expect(await tx((t) => approveReport(t, rep, { reportId: first.reportId }))).toMatchObject({ ok: false });

    expect(await tx((t) => returnReport(t, staff, { reportId: first.reportId, reason: '' }))).toMatchObject({ ok: false, fieldErrors: { reason: 'Nhập lý do trả lại (ít nhất 5 ký tự).' } });
    expectOk(await tx((t) => returnReport(t, staff, { reportId: first.reportId, reason: 'Thiếu số liệu doanh thu, đề nghị bổ sung' })));
    expect(await ref(org.id)).toMatchObject({ state: 'RETURNED', returnReason: 'Thiếu số liệu doanh thu, đề nghị bổ sung' });

    const corrected = expectOk(await tx((t) => saveReport(t, rep, { organizationId: org.id, periodId: period.id, values: figures({ revenue: '2.600.000.000' }) })));
    expect(corrected.state).toBe('DRAFT');
    expectOk(await tx((t) => submitReport(t, rep, { organizationId: org.id, periodId: period.id })));
    const row = await prisma.organizationReport.findUniqueOrThrow({ where: { id: first.reportId } });
    expect(row.state).toBe('SUBMITTED');
    // On time or late is judged by the first submission.
    expect(row.firstSubmittedAt).toEqual(firstSubmittedAt);
    expect(row.submittedAt!.getTime()).toBeGreaterThanOrEqual(firstSubmittedAt!.getTime());
  });

  it('a district officer reports only for its unit; a stale form is refused; a reviewer may correct a submitted report', async () => {
    const outside = await coop(communeB);
    expect(await tx((t) => saveReport(t, officer, { organizationId: outside.id, periodId: period.id, values: figures() }))).toMatchObject({
      ok: false,
      message: 'Bạn không có quyền nhập báo cáo cho tổ chức này.',
    });
    expect(await tx((t) => saveReport(t, leader, { organizationId: outside.id, periodId: period.id, values: figures() }))).toMatchObject({ ok: false });

    const org = await coop();
    const v1 = expectOk(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures() })));
    expectOk(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures({ members: '42' }), version: v1.version })));
    expect(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures({ members: '43' }), version: v1.version }))).toMatchObject({
      ok: false,
      message: STALE_MESSAGE,
    });
    expectOk(await tx((t) => submitReport(t, officer, { organizationId: org.id, periodId: period.id })));
    const fixed = expectOk(await tx((t) => saveReport(t, staff, { organizationId: org.id, periodId: period.id, values: figures({ members: '44' }) })));
    expect(fixed.state).toBe('SUBMITTED');

    // Submitting needs figures; a never-entered expected report has none.
    const empty = await coop();
    await prisma.organizationReport.create({ data: { organizationId: empty.id, periodId: period.id, unitId: communeA, status: 'ACTIVE' } });
    expect(await tx((t) => submitReport(t, officer, { organizationId: empty.id, periodId: period.id }))).toMatchObject({
      ok: false,
      message: 'Báo cáo chưa có số liệu: hãy nhập và lưu số liệu trước khi gửi.',
    });
  });

  it('bulk approve approves the submitted ones only, one audit row each; a district officer cannot', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const org = await coop();
      const r = expectOk(await tx((t) => saveReport(t, officer, { organizationId: org.id, periodId: period.id, values: figures() })));
      expectOk(await tx((t) => submitReport(t, officer, { organizationId: org.id, periodId: period.id })));
      ids.push(r.reportId);
    }
    const draftOrg = await coop();
    const draft = expectOk(await tx((t) => saveReport(t, officer, { organizationId: draftOrg.id, periodId: period.id, values: figures() })));

    expect(await tx((t) => bulkApprove(t, officer, [...ids, draft.reportId]))).toMatchObject({ ok: false });
    expect(await prisma.organizationReport.count({ where: { id: { in: ids }, state: 'APPROVED' } })).toBe(0);

    const result = expectOk(await tx((t) => bulkApprove(t, staff, [...ids, draft.reportId, ids[0]])));
    expect(result).toEqual({ ok: true, approved: [...ids].sort((a, b) => a - b), skipped: 1 });
    expect(await prisma.organizationReport.count({ where: { id: { in: ids }, state: 'APPROVED', reviewedById: staff.id } })).toBe(3);
    expect((await prisma.organizationReport.findUniqueOrThrow({ where: { id: draft.reportId } })).state).toBe('DRAFT');
    expect(await prisma.auditLog.count({ where: { action: 'report.approve', entityId: { in: ids.map(String) } } })).toBe(3);
    expect(await tx((t) => bulkApprove(t, staff, []))).toMatchObject({ ok: false, message: 'Chọn ít nhất một báo cáo để duyệt.' });
  });
});
