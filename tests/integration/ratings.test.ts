import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';
import { confirmAssessment, createRatingScheme, returnAssessment, saveAssessment, unlockAssessment, updateRatingScheme } from '@/lib/ratings/actions';
import { findApplicableScheme, getBandCounts, getRatingList } from '@/lib/ratings/queries';
import { createOrganization, createUnit, createUser } from '@/prisma/seed/factories';
import { RATING_BANDS, RATING_CRITERIA, RATING_SCHEME } from '@/prisma/seed/rating';
import { actAs, FORBIDDEN, form, takeRevalidated } from '@/tests/setup/session';

const idle: ActionState = { status: 'idle' };
const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

let unitId: number;
let otherUnitId: number;
let schemeId: number;
let criteria: { id: number; ordinal: number; maxPoints: number }[];
let staff: { id: number };
let admin: { id: number };
let officer: { id: number };

/** The demo's scheme (Circular 01/2020), as prisma/seed/rating.ts writes it. */
async function createTt01() {
  const scheme = await prisma.ratingScheme.create({
    data: {
      ...RATING_SCHEME,
      orgKinds: [...RATING_SCHEME.orgKinds],
      criteria: { create: RATING_CRITERIA.map((c, i) => ({ ordinal: i + 1, groupName: c.group, title: c.title, maxPoints: c.points })) },
      bands: { create: RATING_BANDS.map((b) => ({ rating: b.rating, minPoints: new Prisma.Decimal(b.min), maxPoints: b.max === null ? null : new Prisma.Decimal(b.max) })) },
    },
    include: { criteria: { orderBy: { ordinal: 'asc' } } },
  });
  return scheme;
}

/** Points per criterion adding up to `total` (filled criterion by criterion up to each maximum). */
function pointsFor(total: number): Record<string, string> {
  let left = Math.round(total * 100);
  const out: Record<string, string> = {};
  for (const c of criteria) {
    const h = Math.min(left, c.maxPoints * 100);
    left -= h;
    out[`c_${c.id}`] = (h / 100).toFixed(2).replace('.', ',');
  }
  expect(left).toBe(0);
  return out;
}

const save = (orgId: number, year: number, values: Record<string, string>, intent: 'draft' | 'submit' = 'draft') =>
  saveAssessment(orgId, year, idle, form({ ...values, intent }));

const assessmentOf = (organizationId: number, year: number) =>
  prisma.ratingAssessment.findUnique({ where: { organizationId_year: { organizationId, year } }, include: { scores: true } });

const cooperative = (overrides: Parameters<typeof createOrganization>[1] = {}) =>
  createOrganization(prisma, { unitId, kind: 'COOPERATIVE', establishedOn: d('2020-01-15'), ...overrides });

beforeAll(async () => {
  const province = await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh' });
  unitId = (await createUnit(prisma, { parentId: province.id })).id;
  otherUnitId = (await createUnit(prisma, { parentId: province.id })).id;
  const scheme = await createTt01();
  schemeId = scheme.id;
  criteria = scheme.criteria;
  staff = await createUser(prisma, { role: 'STAFF' });
  admin = await createUser(prisma, { role: 'ADMIN' });
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId });
});

beforeEach(() => actAs(staff));

describe('bands from the scheme', () => {
  it('rate totals on the boundaries 0, 49.99, 50, 64.99, 65, 79.99, 80 and 100', async () => {
    const org = await cooperative();
    const expected: [number, Rating][] = [
      [0, 'WEAK'],
      [49.99, 'WEAK'],
      [50, 'AVERAGE'],
      [64.99, 'AVERAGE'],
      [65, 'FAIR'],
      [79.99, 'FAIR'],
      [80, 'GOOD'],
      [100, 'GOOD'],
    ];
    for (const [total, rating] of expected) {
      const result = await save(org.id, 2025, pointsFor(total));
      expect(result.status, `${total}`).toBe('success');
      const a = await assessmentOf(org.id, 2025);
      expect([Number(a!.totalPoints), a!.rating], `${total}`).toEqual([total, rating]);
    }
    expect(takeRevalidated().paths).toEqual(expect.arrayContaining(['/quan-tri/xep-loai', `/quan-tri/xep-loai/${org.id}/2025`]));
  });

  it('refuse points above a criterion maximum and change nothing', async () => {
    const org = await cooperative();
    await save(org.id, 2025, pointsFor(70));
    const before = await assessmentOf(org.id, 2025);
    const first = criteria[0];
    const result = await save(org.id, 2025, { ...pointsFor(70), [`c_${first.id}`]: '10,01' });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.fieldErrors[`c_${first.id}`]).toBe('Tiêu chí 1: tối đa 10 điểm, đã nhập 10,01.');
    expect(result.status === 'error' && result.values?.[`c_${first.id}`]).toBe('10,01');
    const after = await assessmentOf(org.id, 2025);
    expect(after!.updatedAt).toEqual(before!.updatedAt);
    expect(after!.scores.map((s) => s.points.toString()).sort()).toEqual(before!.scores.map((s) => s.points.toString()).sort());
  });

  it('need every criterion scored to submit', async () => {
    const org = await cooperative();
    const partial = pointsFor(40);
    delete partial[`c_${criteria[14].id}`];
    const result = await save(org.id, 2025, partial, 'submit');
    expect(result).toMatchObject({ status: 'error', message: 'Cần chấm điểm đủ mọi tiêu chí trước khi gửi.', fieldErrors: { [`c_${criteria[14].id}`]: 'Tiêu chí 15: chưa nhập điểm.' } });
    expect(await assessmentOf(org.id, 2025)).toBeNull();
  });
});

describe('the "not rated" rule', () => {
  it('applies to an organization founded 11 months before the year end, not 12', async () => {
    const young = await cooperative({ establishedOn: d('2025-01-31') });
    const result = await save(young.id, 2025, pointsFor(90));
    expect(result.status).toBe('success');
    expect(result.status === 'success' && result.message).toContain('không xếp loại');
    expect((await assessmentOf(young.id, 2025))!.rating).toBe('NOT_RATED');

    const oneYear = await cooperative({ establishedOn: d('2024-12-31') });
    await save(oneYear.id, 2025, pointsFor(90));
    expect((await assessmentOf(oneYear.id, 2025))!.rating).toBe('GOOD');
  });

  it('applies when stopped more than 3 months in the year (4 months suspended), not at 3', async () => {
    const four = await cooperative({ status: 'SUSPENDED', statusChangedOn: d('2025-09-01') });
    await save(four.id, 2025, pointsFor(90), 'submit');
    expect((await assessmentOf(four.id, 2025))!.rating).toBe('NOT_RATED');
    const three = await cooperative({ status: 'SUSPENDED', statusChangedOn: d('2025-10-01') });
    await save(three.id, 2025, pointsFor(90), 'submit');
    expect((await assessmentOf(three.id, 2025))!.rating).toBe('GOOD');
    // The year before, both worked all year.
    await save(four.id, 2024, pointsFor(66));
    expect((await assessmentOf(four.id, 2024))!.rating).toBe('FAIR');
  });

  it('leaves credit funds out: no scheme rates them', async () => {
    const fund = await createOrganization(prisma, { unitId, kind: 'CREDIT_FUND', establishedOn: d('2010-01-01') });
    const result = await save(fund.id, 2025, pointsFor(90));
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('không thuộc đối tượng xếp loại năm 2025') });
    expect(await assessmentOf(fund.id, 2025)).toBeNull();
    expect(await findApplicableScheme(prisma, 'CREDIT_FUND', 2025)).toBeNull();
    const list = await getRatingList({ year: 2025, page: 1, unitId }, { unitId: null, organizationId: null }, 500);
    expect(list.items.map((r) => r.organizationId)).not.toContain(fund.id);
  });
});

describe('submission and confirmation', () => {
  it('a representative submits its own; a district officer cannot confirm; staff confirm; confirmed is read-only', async () => {
    const org = await cooperative();
    const other = await cooperative();
    const rep = await createUser(prisma, { role: 'ORG_REPRESENTATIVE' });
    await prisma.user.update({ where: { id: rep.id }, data: { organizationId: org.id } });

    actAs(rep);
    expect(await interruption(() => save(other.id, 2025, pointsFor(70)))).toBe(NOT_FOUND);
    expect(await assessmentOf(other.id, 2025)).toBeNull();
    const submitted = await save(org.id, 2025, { ...pointsFor(72.5), note: 'Tự đánh giá theo báo cáo tài chính năm 2025' }, 'submit');
    expect(submitted).toMatchObject({ status: 'success', message: expect.stringContaining('72,5 điểm, xếp loại Khá') });
    expect(await assessmentOf(org.id, 2025)).toMatchObject({ state: 'SUBMITTED', rating: 'FAIR', schemeId });
    // Submitted: waiting for staff, not editable.
    expect(await save(org.id, 2025, pointsFor(90))).toMatchObject({ status: 'error', message: expect.stringContaining('đang chờ Liên minh xác nhận') });
    expect(await interruption(() => confirmAssessment(org.id, 2025, idle, form({})))).toBe(FORBIDDEN);

    actAs(officer);
    expect(await interruption(() => confirmAssessment(org.id, 2025, idle, form({})))).toBe(FORBIDDEN);
    expect(await interruption(() => returnAssessment(org.id, 2025, idle, form({ reason: 'Thiếu hồ sơ chứng minh' })))).toBe(FORBIDDEN);
    expect((await assessmentOf(org.id, 2025))!.state).toBe('SUBMITTED');

    actAs(staff);
    expect(await confirmAssessment(org.id, 2025, idle, form({}))).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2025)).toMatchObject({ state: 'APPROVED', reviewedById: staff.id });
    expect(await prisma.auditLog.count({ where: { action: 'rating.approve', entityId: String((await assessmentOf(org.id, 2025))!.id) } })).toBe(1);

    actAs(rep);
    expect(await save(org.id, 2025, pointsFor(95))).toMatchObject({ status: 'error', message: expect.stringContaining('đã được xác nhận nên không sửa được') });
    actAs(staff);
    expect(await save(org.id, 2025, pointsFor(95))).toMatchObject({ status: 'error' });
    expect(await confirmAssessment(org.id, 2025, idle, form({}))).toMatchObject({ status: 'error', message: 'Chỉ xác nhận được phiếu đã gửi.' });
    expect(Number((await assessmentOf(org.id, 2025))!.totalPoints)).toBe(72.5);
  });

  it('a district officer works only within its unit', async () => {
    const inside = await cooperative();
    const outside = await createOrganization(prisma, { unitId: otherUnitId, kind: 'COOPERATIVE', establishedOn: d('2020-01-15') });
    actAs(officer);
    expect(await save(inside.id, 2025, pointsFor(55), 'submit')).toMatchObject({ status: 'success' });
    expect(await interruption(() => save(outside.id, 2025, pointsFor(55)))).toBe(NOT_FOUND);
  });

  it('staff return with a reason; the organization corrects and resubmits; unlocking needs a reason and is audited', async () => {
    const org = await cooperative();
    await save(org.id, 2025, pointsFor(60), 'submit');
    expect(await returnAssessment(org.id, 2025, idle, form({ reason: ' ' }))).toMatchObject({ status: 'error', fieldErrors: { reason: expect.stringContaining('Nhập lý do trả lại') } });
    expect((await assessmentOf(org.id, 2025))!.state).toBe('SUBMITTED');
    expect(await returnAssessment(org.id, 2025, idle, form({ reason: 'Tiêu chí 15 chưa có quyết định khen thưởng kèm theo' }))).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2025)).toMatchObject({ state: 'RETURNED', returnReason: 'Tiêu chí 15 chưa có quyết định khen thưởng kèm theo' });

    expect(await save(org.id, 2025, pointsFor(52), 'submit')).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2025)).toMatchObject({ state: 'SUBMITTED', rating: 'AVERAGE' });
    await confirmAssessment(org.id, 2025, idle, form({}));

    expect(await unlockAssessment(org.id, 2025, idle, form({ reason: '' }))).toMatchObject({ status: 'error', fieldErrors: { reason: expect.any(String) } });
    expect((await assessmentOf(org.id, 2025))!.state).toBe('APPROVED');
    expect(await unlockAssessment(org.id, 2025, idle, form({ reason: 'Sai điểm tiêu chí 2 theo đơn của hợp tác xã' }))).toMatchObject({ status: 'success' });
    const unlocked = await assessmentOf(org.id, 2025);
    expect(unlocked).toMatchObject({ state: 'RETURNED', returnReason: 'Mở khóa để sửa: Sai điểm tiêu chí 2 theo đơn của hợp tác xã' });
    const audit = await prisma.auditLog.findFirst({ where: { action: 'rating.unlock', entityId: String(unlocked!.id) } });
    expect(audit).toMatchObject({ userId: staff.id, after: { state: 'RETURNED', reason: 'Sai điểm tiêu chí 2 theo đơn của hợp tác xã' } });
  });
});

describe('the list of a year', () => {
  it('counts per band in SQL and lists expected organizations without an assessment', async () => {
    const unit = await createUnit(prisma);
    const orgs = await Promise.all([0, 1, 2, 3].map(() => createOrganization(prisma, { unitId: unit.id, kind: 'COOPERATIVE', establishedOn: d('2019-05-01') })));
    await save(orgs[0].id, 2023, pointsFor(85), 'submit');
    await confirmAssessment(orgs[0].id, 2023, idle, form({}));
    await save(orgs[1].id, 2023, pointsFor(85));
    await save(orgs[2].id, 2023, pointsFor(30));
    const dissolved = await createOrganization(prisma, { unitId: unit.id, kind: 'COOPERATIVE', establishedOn: d('2015-01-01'), status: 'DISSOLVED', statusChangedOn: d('2022-06-01') });
    const group = await createOrganization(prisma, { unitId: unit.id, kind: 'GROUP', establishedOn: d('2015-01-01') });

    const scope = { unitId: unit.id, organizationId: null };
    const counts = await getBandCounts({ year: 2023, page: 1 }, scope);
    const by = Object.fromEntries(counts.map((c) => [c.rating ?? 'MISSING', [c.all, c.confirmed]]));
    expect(by).toEqual({ GOOD: [2, 1], WEAK: [1, 0], MISSING: [1, 0] });

    const missing = await getRatingList({ year: 2023, page: 1, state: 'MISSING' }, scope);
    expect(missing.items.map((r) => r.organizationId)).toEqual([orgs[3].id]);
    const all = await getRatingList({ year: 2023, page: 1 }, scope);
    expect(all.total).toBe(4);
    expect(all.items.map((r) => r.organizationId)).not.toContain(dissolved.id);
    expect(all.items.map((r) => r.organizationId)).not.toContain(group.id);
    const good = await getRatingList({ year: 2023, page: 1, rating: 'GOOD', state: 'DRAFT' }, scope);
    expect(good.items.map((r) => r.organizationId)).toEqual([orgs[1].id]);
    // A representative's list holds its own organization only.
    const own = await getRatingList({ year: 2023, page: 1 }, { unitId: null, organizationId: orgs[2].id });
    expect(own.items.map((r) => r.organizationId)).toEqual([orgs[2].id]);
  });
});

describe('schemes', () => {
  const newScheme = (overrides: Record<string, string> = {}) => ({
    code: 'TT99-2026',
    name: 'Bộ tiêu chí xếp loại hợp tác xã (thử nghiệm)',
    legalBasis: 'Thông tư số 99/2026/TT-BTC (thử nghiệm)',
    maxPoints: '100',
    minMonthsOperating: '12',
    maxMonthsStopped: '3',
    validFromYear: '2026',
    kind_COOPERATIVE: 'on',
    kind_UNION: 'on',
    'criteria.0.group': 'Kết quả hoạt động',
    'criteria.0.title': 'Doanh thu, lợi nhuận',
    'criteria.0.points': '60',
    'criteria.1.group': 'Quản trị',
    'criteria.1.title': 'Tổ chức, quản trị',
    'criteria.1.points': '40',
    band_GOOD_min: '90',
    band_FAIR_min: '70',
    band_FAIR_max: '90',
    band_AVERAGE_min: '40',
    band_AVERAGE_max: '70',
    band_WEAK_min: '0',
    band_WEAK_max: '40',
    ...overrides,
  });

  it('are validated: criteria add up to the maximum, bands cover 0..max without gap or overlap', async () => {
    actAs(admin);
    const sum = await createRatingScheme(idle, form(newScheme({ 'criteria.1.points': '30' })));
    expect(sum).toMatchObject({ status: 'error', message: 'Tổng điểm tối đa của các tiêu chí là 90, phải bằng điểm tối đa của bộ tiêu chí (100).' });
    const gap = await createRatingScheme(idle, form(newScheme({ band_FAIR_min: '72' })));
    expect(gap).toMatchObject({ status: 'error', message: 'Các mức xếp loại bị hở: từ 70 đến dưới 72 điểm chưa có mức nào.' });
    expect(await prisma.ratingScheme.count()).toBe(1);
    actAs(staff);
    expect(await interruption(() => createRatingScheme(idle, form(newScheme())))).toBe(FORBIDDEN);
  });

  it('cannot take over a year already confirmed under the old scheme', async () => {
    const org = await cooperative();
    await save(org.id, 2025, pointsFor(70), 'submit');
    await confirmAssessment(org.id, 2025, idle, form({}));
    actAs(admin);
    const early = await createRatingScheme(idle, form(newScheme({ validFromYear: '2025' })));
    expect(early).toMatchObject({ status: 'error', message: expect.stringContaining('bộ mới chỉ áp dụng được từ năm 2026') });
  });

  it('refuse editing a scheme used by confirmed assessments, and say why', async () => {
    actAs(admin);
    const result = await updateRatingScheme(schemeId, idle, form(newScheme({ code: RATING_SCHEME.code })));
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('đã dùng cho') });
    expect(result.status === 'error' && result.message).toContain('phiếu xếp loại đã xác nhận');
    expect(await prisma.ratingCriterion.count({ where: { schemeId } })).toBe(15);
  });

  it('a new scheme from a year applies to that year onwards with its own bands, not before', async () => {
    actAs(admin);
    const created = await createRatingScheme(idle, form(newScheme()));
    expect(created).toMatchObject({ status: 'success', message: expect.stringContaining(`Bộ ${RATING_SCHEME.code} áp dụng đến hết năm 2025`) });
    const old = await prisma.ratingScheme.findUniqueOrThrow({ where: { id: schemeId } });
    expect(old.validTo).toEqual(d('2025-12-31'));
    expect((await findApplicableScheme(prisma, 'COOPERATIVE', 2026))?.code).toBe('TT99-2026');
    expect((await findApplicableScheme(prisma, 'UNION', 2026))?.code).toBe('TT99-2026');
    expect((await findApplicableScheme(prisma, 'COOPERATIVE', 2025))?.code).toBe(RATING_SCHEME.code);

    actAs(staff);
    const org = await cooperative();
    const next = (await findApplicableScheme(prisma, 'COOPERATIVE', 2026))!;
    const [a, b] = next.criteria;
    // 85 points: GOOD under Circular 01/2020 (≥ 80), FAIR under the new bands (70–<90).
    expect(await save(org.id, 2026, { [`c_${a.id}`]: '50', [`c_${b.id}`]: '35' })).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2026)).toMatchObject({ schemeId: next.id, rating: 'FAIR' });
    expect(await save(org.id, 2025, pointsFor(85))).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2025)).toMatchObject({ schemeId, rating: 'GOOD' });

    // Not yet confirmed anywhere: the new scheme may still be corrected, and drafts follow its bands.
    actAs(admin);
    const edited = await updateRatingScheme(next.id, idle, form(newScheme({ band_GOOD_min: '85', band_FAIR_max: '85' })));
    expect(edited).toMatchObject({ status: 'success' });
    expect(await assessmentOf(org.id, 2026)).toMatchObject({ rating: 'GOOD' });
    const lowered = await updateRatingScheme(next.id, idle, form(newScheme({ 'criteria.0.points': '40', 'criteria.1.points': '60' })));
    expect(lowered).toMatchObject({ status: 'error', message: 'Tiêu chí 1 đã được chấm 50 điểm trong phiếu tự đánh giá: điểm tối đa không thể thấp hơn.' });
  });
});
