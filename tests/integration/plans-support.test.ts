import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { GET as awardsExport } from '@/app/quan-tri/khen-thuong/xuat-excel/route';
import { GET as supportExport } from '@/app/quan-tri/ho-tro/xuat-excel/route';
import { GET as loansExport } from '@/app/quan-tri/vay-von/xuat-excel/route';
import type { ActionState } from '@/lib/actions/state';
import { createAward, deleteAward } from '@/lib/awards/actions';
import { prisma } from '@/lib/db';
import { createLoan, updateLoan } from '@/lib/loans/actions';
import { parseLoanFilters } from '@/lib/loans/filters';
import { getLoanList } from '@/lib/loans/queries';
import { copyPlanTargets, createPlanTarget, deletePlanTarget, updatePlanTarget } from '@/lib/plans/actions';
import { computedIndicators, getPlanResults, planResults } from '@/lib/plans/results';
import { createSupportActivity, deleteSupportActivity, updateSupportActivity } from '@/lib/support/actions';
import { utc } from '@/prisma/seed/dates';
import { createOrganization, createUnit, createUser } from '@/prisma/seed/factories';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

const idle: ActionState = { status: 'idle' };

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

type Outcome = { state?: ActionState; redirect?: string; status?: number };

async function run(action: Promise<unknown>): Promise<Outcome> {
  try {
    return { state: (await action) as ActionState };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) return { redirect: digest.split(';')[2] };
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return { status: Number(digest.split(';')[1]) };
    throw error;
  }
}

function fieldErrors(outcome: Outcome): Record<string, string | undefined> {
  expect(outcome.state?.status).toBe('error');
  return (outcome.state as Extract<ActionState, { status: 'error' }>).fieldErrors;
}

async function readSheet(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0];
}

let province: number;
let communeA: number;
let communeB: number;
let staff: { id: number };
let leader: { id: number };
let officer: { id: number };

beforeAll(async () => {
  province = (await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'An Giang' })).id;
  communeA = (await createUnit(prisma, { parentId: province, name: 'Giồng Riềng' })).id;
  communeB = (await createUnit(prisma, { parentId: province, name: 'Hòn Đất' })).id;
  staff = await createUser(prisma, { role: 'STAFF' });
  leader = await createUser(prisma, { role: 'LEADER' });
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId: communeA });
});

beforeEach(() => {
  actAs(staff);
  takeExpired();
});

const target = (year: number, indicator: string, value: number, extra: { result?: number; unitId?: number; label?: string; measure?: string } = {}) =>
  prisma.planTarget.create({
    data: { year, indicator, label: extra.label ?? indicator, measure: extra.measure ?? 'đơn vị', target: value, result: extra.result ?? null, unitId: extra.unitId ?? null },
  });

describe('plan results computed from the data (planResults)', () => {
  beforeAll(async () => {
    // Founded on the first and the last day of 2025 (counted), on 1/1/2026 (not), and a deleted one (not).
    await createOrganization(prisma, { unitId: communeA, kind: 'COOPERATIVE', establishedOn: utc(2025, 1, 1) });
    await createOrganization(prisma, { unitId: communeA, kind: 'COOPERATIVE', establishedOn: utc(2025, 12, 31) });
    await createOrganization(prisma, { unitId: communeA, kind: 'COOPERATIVE', establishedOn: utc(2026, 1, 1) });
    await createOrganization(prisma, { unitId: communeA, kind: 'COOPERATIVE', establishedOn: utc(2025, 5, 5), deletedAt: new Date() });
    await createOrganization(prisma, { unitId: communeB, kind: 'COOPERATIVE', establishedOn: utc(2025, 3, 1) });
    await createOrganization(prisma, { unitId: communeB, kind: 'GROUP', establishedOn: utc(2025, 6, 1) });
    await createOrganization(prisma, { unitId: communeB, kind: 'CREDIT_FUND', establishedOn: utc(2025, 9, 9) });
    const activity = (kind: 'TRAINING' | 'TRADE_FAIR', startsOn: Date, attendees: number, unitId: number | null) =>
      prisma.supportActivity.create({ data: { kind, title: `Hoạt động ${kind} ${startsOn.toISOString()}`, startsOn, attendees, unitId } });
    await activity('TRAINING', utc(2025, 1, 1), 45, communeA);
    await activity('TRAINING', utc(2025, 12, 31), 60, communeB);
    await activity('TRAINING', utc(2024, 12, 31), 99, communeA);
    await activity('TRAINING', utc(2026, 1, 1), 99, communeA);
    await activity('TRADE_FAIR', utc(2025, 4, 1), 0, null);

    await target(2025, 'NEW_COOPERATIVES', 4, { label: 'Thành lập mới hợp tác xã', measure: 'HTX' });
    await target(2025, 'NEW_GROUPS', 3, { label: 'Thành lập mới tổ hợp tác', measure: 'THT' });
    await target(2025, 'NEW_CREDIT_FUNDS', 8, { measure: 'QTDND' });
    await target(2025, 'TRAINING_CLASSES', 8, { measure: 'lớp' });
    await target(2025, 'TRAINEES', 200, { measure: 'người' });
    await target(2025, 'CAMPAIGNS', 10, { result: 5, measure: 'cuộc' });
    await target(2025, 'ARTICLES', 200, { measure: 'tin, bài' });
    // A computed indicator ignores a result typed into the row.
    await target(2025, 'TRADE_FAIRS', 2, { result: 99, measure: 'cuộc' });
    await target(2025, 'NEW_COOPERATIVES', 2, { unitId: communeA, measure: 'HTX' });
  });

  it('counts founding dates from 1/1 to 31/12 inclusive, by kind, without deleted records', async () => {
    const figures = await computedIndicators(2025);
    expect(figures).toMatchObject({ NEW_COOPERATIVES: 3, NEW_GROUPS: 1, NEW_CREDIT_FUNDS: 1, NEW_UNIONS: 0, TRAINING_CLASSES: 2, TRAINEES: 105, TRADE_FAIRS: 1 });
    expect((await computedIndicators(2026)).NEW_COOPERATIVES).toBe(1);
    expect((await computedIndicators(2025, communeA)).NEW_COOPERATIVES).toBe(2);
    expect((await computedIndicators(2025, communeA)).TRAINEES).toBe(45);
  });

  it('counts up to an as-of day within the year, as the semi-annual report and the dashboards ask', async () => {
    expect(await computedIndicators(2025, null, { asOf: '2025-06-30' })).toMatchObject({ NEW_COOPERATIVES: 2, NEW_GROUPS: 1, NEW_CREDIT_FUNDS: 0, TRAINING_CLASSES: 1, TRAINEES: 45, TRADE_FAIRS: 1 });
    expect(await computedIndicators(2025, null, { asOf: '2025-01-01' })).toMatchObject({ NEW_COOPERATIVES: 1, TRAINING_CLASSES: 1 });
    const half = await getPlanResults(prisma, 2025, { asOf: '2025-06-30' });
    expect(half.asOf).toBe('2025-06-30');
    expect(half.rows.find((r) => r.indicator === 'NEW_COOPERATIVES')).toMatchObject({ result: 2, percent: 50, summary: '2/4 HTX, đạt 50%' });
    // Before the year, the targets stand without computed results; after it, the whole year counts.
    expect((await getPlanResults(prisma, 2025, { asOf: '2024-12-31' })).rows.find((r) => r.indicator === 'NEW_COOPERATIVES')).toMatchObject({ result: null, percent: null });
    expect((await getPlanResults(prisma, 2025, { asOf: '2026-03-01' })).asOf).toBe('2025-12-31');
  });

  it('writes each target as the reports do, with % achieved rounded half up', async () => {
    const rows = await planResults(2025);
    const by = Object.fromEntries(rows.map((r) => [r.indicator, r]));
    expect(rows.map((r) => r.indicator)).toEqual(['NEW_COOPERATIVES', 'NEW_GROUPS', 'NEW_CREDIT_FUNDS', 'TRAINING_CLASSES', 'TRAINEES', 'TRADE_FAIRS', 'CAMPAIGNS', 'ARTICLES']);
    expect(by.NEW_COOPERATIVES).toMatchObject({ result: 3, percent: 75, source: 'computed', summary: '3/4 HTX, đạt 75%' });
    expect(by.NEW_GROUPS).toMatchObject({ result: 1, percent: 33, summary: '1/3 THT, đạt 33%' });
    expect(by.NEW_CREDIT_FUNDS).toMatchObject({ result: 1, percent: 13 }); // 12,5% → 13%
    expect(by.TRAINING_CLASSES).toMatchObject({ result: 2, percent: 25, summary: '2/8 lớp, đạt 25%' });
    expect(by.TRAINEES).toMatchObject({ result: 105, percent: 53 }); // 52,5% → 53%
    expect(by.TRADE_FAIRS).toMatchObject({ result: 1, enteredResult: 99, source: 'computed', percent: 50 });
    expect(by.CAMPAIGNS).toMatchObject({ result: 5, source: 'entered', percent: 50, summary: '5/10 cuộc, đạt 50%' });
    expect(by.ARTICLES).toMatchObject({ result: null, source: 'entered', percent: null, summary: '200 tin, bài, chưa có kết quả' });
  });

  it('answers a unit its own targets with figures of its organizations', async () => {
    const rows = await planResults(2025, communeA);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: 'NEW_COOPERATIVES', result: 2, percent: 100, summary: '2/2 HTX, đạt 100%' });
  });
});

describe('plan target actions', () => {
  const valid = { year: '2030', indicator: 'NEW_GROUPS', label: '', measure: '', target: '50', result: '', unitId: '' };

  it('adds a known target with its label and measure, audited, and refuses a second one', async () => {
    const outcome = await run(createPlanTarget(idle, form(valid)));
    expect(outcome.redirect).toBe('/quan-tri/ke-hoach?nam=2030&thong-bao=da-them');
    const row = await prisma.planTarget.findFirstOrThrow({ where: { year: 2030, indicator: 'NEW_GROUPS' } });
    expect(row).toMatchObject({ label: 'Thành lập mới tổ hợp tác', measure: 'THT', unitId: null, result: null });
    expect(Number(row.target)).toBe(50);
    expect(await prisma.auditLog.count({ where: { entity: 'PlanTarget', entityId: String(row.id), action: 'plan.create', userId: staff.id } })).toBe(1);
    expect(takeExpired()).toContain('path:/quan-tri/ke-hoach');

    const again = fieldErrors(await run(createPlanTarget(idle, form(valid))));
    expect(again.indicator).toBe('Chỉ tiêu “Thành lập mới tổ hợp tác” đã có trong kế hoạch năm 2030 của địa bàn này: hãy sửa chỉ tiêu đó.');
    expect(await prisma.planTarget.count({ where: { year: 2030 } })).toBe(1);
  });

  it('refuses bad input in Vietnamese, keeps what was typed and writes nothing', async () => {
    const before = await prisma.planTarget.count();
    const outcome = await run(createPlanTarget(idle, form({ ...valid, year: '30', indicator: 'OTHER', target: '-5', result: 'abc' })));
    const errors = fieldErrors(outcome);
    expect(errors).toMatchObject({
      year: 'Năm kế hoạch là một năm từ 2000 đến 2100, ví dụ 2025.',
      target: 'Chỉ tiêu kế hoạch là số không âm, tối đa 2 chữ số thập phân sau dấu phẩy, ví dụ 12,5.',
      result: 'Kết quả là số không âm, tối đa 2 chữ số thập phân sau dấu phẩy, ví dụ 12,5.',
    });
    expect(outcome.state?.status === 'error' && outcome.state.values).toMatchObject({ year: '30', target: '-5' });
    // Once the fields parse, the checks between them run.
    const other = fieldErrors(await run(createPlanTarget(idle, form({ ...valid, indicator: 'OTHER' }))));
    expect(other).toEqual({ label: 'Vui lòng ghi tên chỉ tiêu khác.', measure: 'Vui lòng ghi đơn vị tính (ví dụ: cuộc, người, %).' });
    const unknown = fieldErrors(await run(createPlanTarget(idle, form({ ...valid, indicator: 'BOGUS', target: '0' }))));
    expect(unknown).toEqual({ indicator: 'Vui lòng chọn một chỉ tiêu trong danh sách, hoặc “Chỉ tiêu khác”.', target: 'Chỉ tiêu kế hoạch phải lớn hơn 0.' });
    expect(await prisma.planTarget.count()).toBe(before);
  });

  it('keeps a free indicator with its entered result, edits and deletes it', async () => {
    const created = await run(createPlanTarget(idle, form({ ...valid, year: '2031', indicator: 'OTHER', label: 'Hội nghị chuyên đề', measure: 'cuộc', target: '4', result: '1,5' })));
    expect(created.redirect).toBe('/quan-tri/ke-hoach?nam=2031&thong-bao=da-them');
    const row = await prisma.planTarget.findFirstOrThrow({ where: { year: 2031 } });
    expect(row).toMatchObject({ indicator: 'OTHER:hoi-nghi-chuyen-de', label: 'Hội nghị chuyên đề', measure: 'cuộc' });
    expect(row.result?.toString()).toBe('1.5');
    expect((await planResults(2031))[0]).toMatchObject({ source: 'entered', result: 1.5, percent: 38, summary: '1,5/4 cuộc, đạt 38%' });

    const saved = await run(updatePlanTarget(row.id, idle, form({ ...valid, year: '2031', indicator: 'OTHER', label: 'Hội nghị chuyên đề', measure: 'cuộc', target: '4', result: '3' })));
    expect(saved.redirect).toBe('/quan-tri/ke-hoach?nam=2031&thong-bao=da-luu');
    expect((await planResults(2031))[0].summary).toBe('3/4 cuộc, đạt 75%');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'PlanTarget', entityId: String(row.id), action: 'plan.update' } });
    expect(audit.before).toEqual({ result: '1.5' });
    expect(audit.after).toEqual({ result: '3' });

    expect((await run(deletePlanTarget(row.id, idle, new FormData()))).redirect).toBe('/quan-tri/ke-hoach?nam=2031&thong-bao=da-xoa');
    expect(await prisma.planTarget.count({ where: { year: 2031 } })).toBe(0);
  });

  it("copies last year's targets without their results, once", async () => {
    await target(2032, 'CAMPAIGNS', 10, { result: 7, label: 'Cuộc vận động', measure: 'cuộc' });
    await target(2032, 'NEW_GROUPS', 40, { label: 'Thành lập mới tổ hợp tác', measure: 'THT' });
    await target(2033, 'NEW_GROUPS', 45, { label: 'Thành lập mới tổ hợp tác', measure: 'THT' });
    const copied = await run(copyPlanTargets(idle, form({ year: '2033', unitId: '' })));
    expect(copied.state).toEqual({ status: 'success', message: 'Đã sao chép 1 chỉ tiêu từ năm 2032 sang năm 2033 (chưa có kết quả).' });
    const rows = await prisma.planTarget.findMany({ where: { year: 2033 }, orderBy: { indicator: 'asc' } });
    expect(rows.map((r) => [r.indicator, Number(r.target), r.result])).toEqual([
      ['CAMPAIGNS', 10, null],
      ['NEW_GROUPS', 45, null],
    ]);
    expect((await run(copyPlanTargets(idle, form({ year: '2033', unitId: '' })))).state).toMatchObject({ status: 'error', message: 'Năm 2033 đã có đủ các chỉ tiêu của năm 2032; không có gì để sao chép.' });
    expect((await run(copyPlanTargets(idle, form({ year: '2040', unitId: '' })))).state).toMatchObject({ status: 'error', message: 'Năm 2039 chưa có chỉ tiêu nào để sao chép.' });
  });

  it('refuses leaders and district officers (they only read plans)', async () => {
    const row = await target(2034, 'ARTICLES', 100);
    for (const user of [leader, officer]) {
      actAs(user);
      expect(await run(createPlanTarget(idle, form({ ...valid, year: '2034' })))).toEqual({ status: 403 });
      expect(await run(updatePlanTarget(row.id, idle, form({ ...valid, year: '2034' })))).toEqual({ status: 403 });
      expect(await run(deletePlanTarget(row.id, idle, new FormData()))).toEqual({ status: 403 });
      expect(await run(copyPlanTargets(idle, form({ year: '2035', unitId: '' })))).toEqual({ status: 403 });
    }
    expect(await prisma.planTarget.count({ where: { year: { in: [2034, 2035] } } })).toBe(1);
  });
});

describe('support activities', () => {
  const training = (orgIds: number[], extra: Record<string, string> = {}) =>
    form({
      kind: 'TRAINING',
      title: 'Tập huấn nghiệp vụ kế toán hợp tác xã',
      startsOn: '2027-03-10',
      endsOn: '2027-03-11',
      location: 'Xã Giồng Riềng',
      unitId: String(communeA),
      attendees: '1.250',
      cost: '45.000.000',
      fundingSource: 'Ngân sách tỉnh',
      description: '',
      organizationIds: orgIds.map(String),
      ...extra,
    });

  it('records a training with two organizations, counted by the plan, and edits the list served', async () => {
    const a = await createOrganization(prisma, { unitId: communeA, name: 'Hợp tác xã Nông nghiệp Tân Phú' });
    const b = await createOrganization(prisma, { unitId: communeB, name: 'Hợp tác xã Dịch vụ Hòa Thuận' });
    const c = await createOrganization(prisma, { unitId: communeB, name: 'Hợp tác xã Thủy sản Vàm Răng' });
    await target(2027, 'TRAINING_CLASSES', 4, { measure: 'lớp' });
    const outcome = await run(createSupportActivity(idle, training([a.id, b.id, a.id])));
    const activity = await prisma.supportActivity.findFirstOrThrow({ where: { startsOn: utc(2027, 3, 10) }, include: { organizations: true } });
    expect(outcome.redirect).toBe(`/quan-tri/ho-tro/${activity.id}?thong-bao=da-tao`);
    expect(activity).toMatchObject({ attendees: 1250, cost: 45_000_000n, unitId: communeA });
    expect(activity.organizations.map((o) => o.organizationId).sort()).toEqual([a.id, b.id].sort());
    expect(takeExpired()).toEqual(expect.arrayContaining(['path:/quan-tri/ho-tro', 'path:/quan-tri/ke-hoach', `path:/quan-tri/to-chuc/${a.id}`, `path:/quan-tri/to-chuc/${b.id}`]));
    expect((await planResults(2027))[0].summary).toBe('1/4 lớp, đạt 25%');

    const edited = await run(updateSupportActivity(activity.id, idle, training([b.id, c.id], { attendees: '40' })));
    expect(edited.redirect).toBe(`/quan-tri/ho-tro/${activity.id}?thong-bao=da-luu`);
    const links = await prisma.supportActivityOrganization.findMany({ where: { activityId: activity.id } });
    expect(links.map((l) => l.organizationId).sort()).toEqual([b.id, c.id].sort());
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'SupportActivity', action: 'support.update' } });
    expect(audit.after).toEqual({ attendees: 40, organizationIds: [b.id, c.id].sort((x, y) => x - y) });

    expect((await run(deleteSupportActivity(activity.id, idle, new FormData()))).redirect).toBe('/quan-tri/ho-tro?thong-bao=da-xoa');
    expect(await prisma.supportActivityOrganization.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it('refuses a training without attendees, dates out of order, forged organizations, and other roles', async () => {
    const before = await prisma.supportActivity.count();
    const errors = fieldErrors(await run(createSupportActivity(idle, training([999_999], { attendees: '', endsOn: '2027-03-01', title: ' ' }))));
    expect(errors).toEqual({
      title: 'Vui lòng nhập tên hoạt động.',
      endsOn: 'Ngày kết thúc không được trước ngày bắt đầu.',
      attendees: 'Lớp tập huấn cần ghi số người tham dự (lớn hơn 0).',
    });
    const forged = fieldErrors(await run(createSupportActivity(idle, training([999_999]))));
    expect(forged).toEqual({ organizationIds: 'Có tổ chức đã chọn không còn trong sổ đăng ký: hãy chọn lại.' });
    for (const user of [leader, officer]) {
      actAs(user);
      expect(await run(createSupportActivity(idle, training([])))).toEqual({ status: 403 });
    }
    expect(await prisma.supportActivity.count()).toBe(before);
  });

  it('exports the filtered list with the organizations served', async () => {
    const org = await createOrganization(prisma, { unitId: communeA, name: 'Hợp tác xã Xuất Khẩu Gạo' });
    await prisma.supportActivity.create({
      data: { kind: 'TRADE_FAIR', title: 'Hội chợ AgroViet 2028', startsOn: utc(2028, 8, 1), cost: 120_000_000n, organizations: { create: [{ organizationId: org.id }] } },
    });
    await prisma.supportActivity.create({ data: { kind: 'TRAINING', title: 'Tập huấn 2028', startsOn: utc(2028, 2, 1), attendees: 30 } });
    actAs(leader);
    const sheet = await readSheet(await supportExport(new NextRequest('http://localhost/quan-tri/ho-tro/xuat-excel?loai=hoi-cho&nam=2028')));
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(1).getCell(3).value).toBe('Tên hoạt động');
    const row = sheet.getRow(2);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(9).value, row.getCell(12).value]).toEqual(['Hội chợ, triển lãm', 'Hội chợ AgroViet 2028', 120_000_000, 'Hợp tác xã Xuất Khẩu Gạo']);
    expect(row.getCell(4).value).toEqual(utc(2028, 8, 1));
    actAs(officer);
    expect(await run(supportExport(new NextRequest('http://localhost/quan-tri/ho-tro/xuat-excel')))).toEqual({ status: 403 });
  });
});

describe('loans', () => {
  const loan = (organizationId: number, extra: Record<string, string> = {}) =>
    form({
      fund: 'COOPERATIVE_DEVELOPMENT_FUND',
      organizationId: String(organizationId),
      contractNumber: '3/2029/HĐ-QHTPT',
      principal: '500.000.000',
      outstanding: '400.000.000',
      overdue: '',
      interestRate: '6,6',
      purpose: 'Xây dựng nhà kho',
      disbursedOn: '2029-04-05',
      maturesOn: '2033-04-05',
      repaidOn: '',
      ...extra,
    });

  it('records loans, derives their status, sums the totals in SQL and exports them', async () => {
    const org = await createOrganization(prisma, { unitId: communeA, name: 'Hợp tác xã Vay Vốn Mẫu' });
    expect((await run(createLoan(idle, loan(org.id)))).redirect).toBe('/quan-tri/vay-von?thong-bao=da-them');
    expect((await run(createLoan(idle, loan(org.id, { contractNumber: 'QH-2', overdue: '50.000.000' })))).redirect).toBeDefined();
    expect((await run(createLoan(idle, loan(org.id, { contractNumber: 'QH-3', outstanding: '0', repaidOn: '2030-01-02' })))).redirect).toBeDefined();
    // Past maturity with a balance left: overdue even without an overdue amount.
    expect((await run(createLoan(idle, loan(org.id, { contractNumber: 'QH-4', disbursedOn: '2020-01-01', maturesOn: '2021-01-01', principal: '100.000.000', outstanding: '10.000.000' })))).redirect).toBeDefined();

    const all = await getLoanList(parseLoanFilters({ q: 'vay von mau' }));
    expect(Object.fromEntries(all.items.map((l) => [l.contractNumber, l.status]))).toEqual({ '3/2029/HĐ-QHTPT': 'ACTIVE', 'QH-2': 'OVERDUE', 'QH-3': 'REPAID', 'QH-4': 'OVERDUE' });
    expect(all.totals).toEqual({ loans: 4, principal: 1_600_000_000n, outstanding: 810_000_000n, overdue: 50_000_000n });
    const overdue = await getLoanList(parseLoanFilters({ q: 'vay von mau', 'tinh-trang': 'qua-han' }));
    expect(overdue.totals).toEqual({ loans: 2, principal: 600_000_000n, outstanding: 410_000_000n, overdue: 50_000_000n });
    expect((await planResults(2029)).length).toBe(0);
    expect((await computedIndicators(2029)).LOAN_AMOUNT).toBe(1500);

    actAs(leader);
    const sheet = await readSheet(await loansExport(new NextRequest('http://localhost/quan-tri/vay-von/xuat-excel?q=vay+von+mau&tinh-trang=qua-han')));
    expect(sheet.rowCount).toBe(4); // header, two loans, totals
    expect(sheet.getRow(2).getCell(2).value).toBe('Hợp tác xã Vay Vốn Mẫu');
    expect(sheet.getRow(2).getCell(13).value).toBe('Quá hạn');
    expect(sheet.getRow(4).getCell(2).value).toBe('Tổng cộng: 2 khoản vay');
    expect([sheet.getRow(4).getCell(6).value, sheet.getRow(4).getCell(7).value, sheet.getRow(4).getCell(8).value]).toEqual([600_000_000, 410_000_000, 50_000_000]);
  });

  it('refuses inconsistent amounts and dates in Vietnamese, and other roles', async () => {
    const org = await createOrganization(prisma, { unitId: communeA });
    const before = await prisma.loan.count();
    const errors = fieldErrors(await run(createLoan(idle, loan(org.id, { outstanding: '600.000.000', repaidOn: '2029-01-01', maturesOn: '2029-04-05', principal: '500.000.000' }))));
    expect(errors).toEqual({
      outstanding: 'Dư nợ không được lớn hơn số tiền vay.',
      maturesOn: 'Ngày đáo hạn phải sau ngày giải ngân.',
      repaidOn: 'Ngày tất toán không được trước ngày giải ngân.',
    });
    const money = fieldErrors(await run(createLoan(idle, loan(org.id, { principal: '1,5 tỷ', fund: 'BANK', organizationId: '' }))));
    expect(money).toEqual({
      fund: 'Vui lòng chọn nguồn vốn vay.',
      organizationId: 'Vui lòng chọn tổ chức vay vốn.',
      principal: 'Số tiền vay là số đồng, không có phần lẻ, ví dụ 1.500.000.000.',
    });
    for (const user of [leader, officer]) {
      actAs(user);
      expect(await run(createLoan(idle, loan(org.id)))).toEqual({ status: 403 });
    }
    actAs(staff);
    const existing = await prisma.loan.create({ data: { fund: 'OTHER', organizationId: org.id, principal: 10n, outstanding: 10n, disbursedOn: utc(2024, 1, 1) } });
    actAs(officer);
    expect(await run(updateLoan(existing.id, idle, loan(org.id)))).toEqual({ status: 403 });
    expect(await prisma.loan.count()).toBe(before + 1);
  });
});

describe('awards', () => {
  const award = (extra: Record<string, string> = {}) =>
    form({
      year: '2029',
      type: 'EMULATION_FLAG',
      title: 'Cờ thi đua của UBND tỉnh cho tập thể dẫn đầu Khối thi đua HTX',
      organizationId: '',
      recipientName: '',
      emulationBlock: 'Khối thi đua HTX nông nghiệp Giồng Riềng',
      decisionNumber: '1452/QĐ-UBND',
      decisionDate: '2029-06-26',
      issuer: 'UBND tỉnh An Giang',
      ...extra,
    });

  it('names an organization recipient by its register name, keeps a free name, and exports', async () => {
    const org = await createOrganization(prisma, { unitId: communeA, name: 'Hợp tác xã Khen Thưởng Mẫu' });
    expect((await run(createAward(idle, award({ organizationId: String(org.id) })))).redirect).toBe('/quan-tri/khen-thuong?thong-bao=da-them');
    expect((await run(createAward(idle, award({ type: 'CERTIFICATE_OF_MERIT', recipientName: 'Ông Nguyễn Văn Tư, Giám đốc HTX', emulationBlock: '' })))).redirect).toBeDefined();
    const rows = await prisma.award.findMany({ where: { year: 2029 }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.organizationId, r.recipientName])).toEqual([
      [org.id, 'Hợp tác xã Khen Thưởng Mẫu'],
      [null, 'Ông Nguyễn Văn Tư, Giám đốc HTX'],
    ]);
    expect((await computedIndicators(2029)).AWARDS).toBe(2);
    expect((await computedIndicators(2029, communeA)).AWARDS).toBe(1);

    actAs(leader);
    const sheet = await readSheet(await awardsExport(new NextRequest('http://localhost/quan-tri/khen-thuong/xuat-excel?nam=2029&loai=co-thi-dua')));
    expect(sheet.rowCount).toBe(2);
    expect([sheet.getRow(2).getCell(3).value, sheet.getRow(2).getCell(5).value, sheet.getRow(2).getCell(7).value]).toEqual(['Cờ thi đua', 'Hợp tác xã Khen Thưởng Mẫu', '1452/QĐ-UBND']);
    expect(sheet.getRow(2).getCell(8).value).toEqual(utc(2029, 6, 26));

    actAs(staff);
    expect((await run(deleteAward(rows[1].id, idle, new FormData()))).redirect).toBe('/quan-tri/khen-thuong?thong-bao=da-xoa');
    expect(await prisma.auditLog.count({ where: { entity: 'Award', action: { in: ['award.create', 'award.delete'] } } })).toBe(3);
  });

  it('refuses an award without a recipient or a decision number, and other roles', async () => {
    const before = await prisma.award.count();
    const errors = fieldErrors(await run(createAward(idle, award({ decisionNumber: ' ', decisionDate: '2020-01-01' }))));
    expect(errors).toEqual({
      decisionNumber: 'Vui lòng nhập số quyết định.',
      recipientName: 'Vui lòng chọn tổ chức được khen thưởng hoặc ghi tên người, tập thể được khen thưởng.',
      decisionDate: 'Ngày quyết định phải trong năm 2029 hoặc năm liền kề.',
    });
    for (const user of [leader, officer]) {
      actAs(user);
      expect(await run(createAward(idle, award({ recipientName: 'Tập thể A' })))).toEqual({ status: 403 });
    }
    expect(await prisma.award.count()).toBe(before);
  });
});
