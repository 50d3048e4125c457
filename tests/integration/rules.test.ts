import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { addContribution, addMember, markMemberLeft } from '@/lib/members/actions';
import { updateRule } from '@/lib/rules/actions';
import { getMembershipRuleStatus } from '@/lib/rules/check';
import { createMember, createOrganization, createUnit, createUser } from '@/prisma/seed/factories';
import { ALL_RULES, seedRules } from '@/prisma/seed/rules';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

const idle: ActionState = { status: 'idle' };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const person = (name: string, type = 'OFFICIAL') =>
  form({ type, kind: 'PERSON', name, idNumber: '', birthYear: '1980', gender: 'Nữ', address: '', phone: '', joinedOn: '2024-09-01' });

async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

let unitId: number;
let staff: { id: number };
let admin: { id: number };

const rule = (code: string) => prisma.validationRule.findUniqueOrThrow({ where: { code } });
const setRule = (code: string, data: { severity?: 'WARN' | 'BLOCK'; params?: Record<string, number>; active?: boolean; message?: string }) =>
  prisma.validationRule.update({ where: { code }, data });

beforeAll(async () => {
  unitId = (await createUnit(prisma)).id;
  staff = await createUser(prisma, { role: 'STAFF' });
  admin = await createUser(prisma, { role: 'ADMIN' });
});

beforeEach(async () => {
  // Every test starts from the rules as the Law has them.
  await prisma.validationRule.deleteMany();
  await seedRules(prisma);
  actAs(staff);
  takeExpired();
});

async function cooperative(officials: number, charterCapital = 100_000_000n, kind: 'COOPERATIVE' | 'UNION' = 'COOPERATIVE') {
  const org = await createOrganization(prisma, { unitId, kind, charterCapital });
  for (let i = 0; i < officials; i++) {
    await createMember(prisma, { organizationId: org.id, kind: kind === 'UNION' ? 'LEGAL_ENTITY' : 'PERSON', idNumber: null });
  }
  return org;
}

describe('the seeded rules of Law 17/2023/QH15', () => {
  it('are data: codes, kinds, severities and parameters as the Law has them', async () => {
    const rows = await prisma.validationRule.findMany({ where: { target: 'MEMBERSHIP' }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.code, r.target, r.orgKinds, r.severity, r.params, r.active])).toEqual([
      ['min_official_members', 'MEMBERSHIP', ['COOPERATIVE', 'CREDIT_FUND'], 'WARN', { min: 5 }, true],
      ['max_member_share', 'MEMBERSHIP', ['COOPERATIVE', 'CREDIT_FUND'], 'BLOCK', { max: 0.3 }, true],
      ['max_member_share_union', 'MEMBERSHIP', ['UNION'], 'BLOCK', { max: 0.4 }, true],
      ['no_capital_for_associate_without_capital', 'MEMBERSHIP', [], 'BLOCK', {}, true],
      ['union_min_member_cooperatives', 'MEMBERSHIP', ['UNION'], 'WARN', { min: 3 }, true],
    ]);
    expect(rows.every((r) => r.legalBasis?.includes('17/2023/QH15'))).toBe(true);
    // Seeding again changes nothing an admin edited.
    await setRule('min_official_members', { params: { min: 7 } });
    expect(await seedRules(prisma)).toBe(ALL_RULES.length);
    expect((await rule('min_official_members')).params).toEqual({ min: 7 });
  });

  it('show each organization where it stands (4 vs 5 official members)', async () => {
    const org = await cooperative(4);
    let status = await getMembershipRuleStatus(prisma, org.id);
    const min = () => status.find((o) => o.code === 'min_official_members')!;
    expect(min()).toMatchObject({ status: 'violated', severity: 'WARN', summary: 'Tối thiểu 05 thành viên chính thức', detail: 'Hiện có 4 thành viên chính thức' });
    expect(min().violations.map((v) => v.message)).toEqual(['Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 4).']);
    await createMember(prisma, { organizationId: org.id, idNumber: null });
    status = await getMembershipRuleStatus(prisma, org.id);
    expect(min()).toMatchObject({ status: 'ok', detail: 'Hiện có 5 thành viên chính thức', violations: [] });
    // Only the rules of the organization's kind apply.
    expect(status.map((o) => o.code).sort()).toEqual(['max_member_share', 'min_official_members', 'no_capital_for_associate_without_capital']);
  });

  it('count legal-entity official members as the cooperatives of a union', async () => {
    const union = await cooperative(2, 1_000_000_000n, 'UNION');
    const warned = await addMember(union.id, idle, form({ type: 'ASSOCIATE_CAPITAL', kind: 'LEGAL_ENTITY', name: 'Công ty TNHH Tây Nam', joinedOn: '2024-09-01' }));
    expect(warned.status === 'success' && warned.message).toContain('Lưu ý: Liên hiệp hợp tác xã cần tối thiểu 03 hợp tác xã thành viên chính thức (hiện có 2).');
    const third = await addMember(union.id, idle, form({ type: 'OFFICIAL', kind: 'LEGAL_ENTITY', name: 'Hợp tác xã Nông nghiệp Tân Phú', idNumber: '1700123456', joinedOn: '2024-09-01' }));
    expect(third).toEqual({ status: 'success', message: 'Đã thêm thành viên Hợp tác xã Nông nghiệp Tân Phú.' });
  });
});

describe('changing a rule in the table changes the behaviour, with no code change', () => {
  it('a higher minimum warns where the old one did not', async () => {
    const org = await cooperative(5);
    expect(await addMember(org.id, idle, person('Thành viên liên kết', 'ASSOCIATE_CAPITAL'))).toEqual({ status: 'success', message: 'Đã thêm thành viên Thành viên liên kết.' });
    await setRule('min_official_members', { params: { min: 7 } });
    const state = await addMember(org.id, idle, person('Thành viên thứ sáu'));
    expect(state.status === 'success' && state.message).toBe(
      'Đã thêm thành viên Thành viên thứ sáu. Lưu ý: Hợp tác xã cần tối thiểu 07 thành viên chính thức (hiện có 6).',
    );
  });

  it('a cap turned into a warning saves with the message; a higher cap accepts more', async () => {
    const org = await cooperative(5);
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: org.id } });
    const over = form({ amount: '35.000.000', form: 'CASH', contributedOn: '2024-09-01' });
    expect((await addContribution(org.id, m.id, idle, over)).status).toBe('error');

    await setRule('max_member_share', { params: { max: 0.35 } });
    expect(await addContribution(org.id, m.id, idle, over)).toEqual({ status: 'success', message: `Đã ghi nhận vốn góp của ${m.name}.` });

    await setRule('max_member_share', { params: { max: 0.35 }, severity: 'WARN', message: 'Chú ý: {member} góp {share} vốn điều lệ, quá {max}.' });
    const warned = await addContribution(org.id, m.id, idle, form({ amount: '1', form: 'CASH', contributedOn: '2024-09-02' }));
    expect(warned).toEqual({ status: 'success', message: `Đã ghi nhận vốn góp của ${m.name}. Lưu ý: Chú ý: ${m.name} góp 35% vốn điều lệ, quá 35%.` });
  });

  it('a minimum made blocking refuses making things worse, but not other changes', async () => {
    await setRule('min_official_members', { severity: 'BLOCK' });
    const five = await cooperative(5);
    const m = await prisma.member.findFirstOrThrow({ where: { organizationId: five.id } });
    const left = await markMemberLeft(five.id, m.id, idle, form({ leftOn: '2025-01-01' }));
    expect(left.status === 'error' && left.message).toBe('Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 4).');
    expect((await prisma.member.findUniqueOrThrow({ where: { id: m.id } })).leftOn).toBeNull();

    // Already below the minimum: an existing cooperative can still be kept up to date.
    const four = await cooperative(4);
    const state = await addMember(four.id, idle, person('Liên kết mới', 'ASSOCIATE_NO_CAPITAL'));
    expect(state.status === 'success' && state.message).toContain('Lưu ý: Hợp tác xã cần tối thiểu 05 thành viên chính thức (hiện có 4).');
  });

  it('an inactive rule is not checked', async () => {
    await setRule('no_capital_for_associate_without_capital', { active: false });
    const org = await cooperative(5, 1_000_000_000n);
    const assoc = await createMember(prisma, { organizationId: org.id, type: 'ASSOCIATE_NO_CAPITAL', idNumber: null });
    const state = await addContribution(org.id, assoc.id, idle, form({ amount: '1.000.000', form: 'CASH', contributedOn: '2024-09-01' }));
    expect(state.status).toBe('success');
  });
});

describe('the rules page action', () => {
  const valid = { message: 'Hợp tác xã cần ít nhất {min} thành viên chính thức; hiện có {actual}.', severity: 'WARN', active: 'on', legalBasis: 'Luật Hợp tác xã số 17/2023/QH15, Điều 4', param_min: '6' };

  it('lets an admin retune a rule, audited with before and after', async () => {
    actAs(admin);
    const r = await rule('min_official_members');
    const state = await updateRule(r.id, idle, form(valid));
    expect(state).toMatchObject({ status: 'success', message: 'Đã lưu quy tắc.' });
    const saved = await rule('min_official_members');
    expect(saved).toMatchObject({ params: { min: 6 }, message: valid.message, severity: 'WARN', active: true });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'ValidationRule', entityId: String(r.id) }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ userId: admin.id, action: 'rule.update' });
    expect(audit.before).toMatchObject({ params: { min: 5 }, message: r.message });
    expect(audit.after).toMatchObject({ params: { min: 6 }, message: valid.message });
    expect(Object.keys(audit.after as object).sort()).toEqual(['legalBasis', 'message', 'params']);
    expect(takeExpired()).toEqual(['path:/quan-tri/quy-tac', 'path:/quan-tri/to-chuc']);

    // The new threshold is what the next save checks.
    actAs(staff);
    const org = await cooperative(5);
    const added = await addMember(org.id, idle, person('Người thứ sáu', 'ASSOCIATE_CAPITAL'));
    expect(added.status === 'success' && added.message).toContain('Lưu ý: Hợp tác xã cần ít nhất 06 thành viên chính thức; hiện có 5.');
  });

  it('takes percentages for shares and unchecked boxes as inactive', async () => {
    actAs(admin);
    const r = await rule('max_member_share');
    const state = await updateRule(r.id, idle, form({ message: r.message, severity: 'BLOCK', legalBasis: r.legalBasis ?? '', param_max: '25,5' }));
    expect(state.status).toBe('success');
    expect(await rule('max_member_share')).toMatchObject({ params: { max: 0.255 }, active: false });
  });

  it('refuses parameters out of range and placeholders the check does not fill', async () => {
    actAs(admin);
    const r = await rule('min_official_members');
    const audits = await prisma.auditLog.count({ where: { entity: 'ValidationRule' } });
    for (const bad of ['0', '-1', '2,5', 'năm', '', '100000']) {
      const state = await updateRule(r.id, idle, form({ ...valid, param_min: bad }));
      expect(state.status === 'error' && state.fieldErrors.param_min, bad).toBe('Số thành viên chính thức tối thiểu: nhập số nguyên từ 1 đến 1000.');
    }
    const share = await rule('max_member_share');
    const pct = await updateRule(share.id, idle, form({ ...valid, message: share.message, param_max: '150' }));
    expect(pct.status === 'error' && pct.fieldErrors.param_max).toBe('Tỷ lệ tối đa so với vốn điều lệ (%): nhập phần trăm từ 1 đến 100, tối đa 2 chữ số thập phân.');
    const placeholder = await updateRule(r.id, idle, form({ ...valid, message: 'Cần {min} thành viên, có {hien_co}.' }));
    expect(placeholder.status === 'error' && placeholder.fieldErrors.message).toBe('Không dùng được {hien_co} trong thông báo của quy tắc này. Dùng được: {min}, {actual}.');
    const severity = await updateRule(r.id, idle, form({ ...valid, severity: 'SILENT' }));
    expect(severity.status === 'error' && severity.fieldErrors.severity).toBe('Chọn mức độ: cảnh báo hoặc chặn.');
    expect((await rule('min_official_members')).params).toEqual({ min: 5 });
    expect(await prisma.auditLog.count({ where: { entity: 'ValidationRule' } })).toBe(audits);
  });

  it('is for admins only', async () => {
    const r = await rule('min_official_members');
    for (const role of ['STAFF', 'LEADER', 'EDITOR', 'DISTRICT_OFFICER'] as const) {
      actAs(await createUser(prisma, { role }));
      expect(await interruption(() => updateRule(r.id, idle, form(valid)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;403/);
    }
    expect((await rule('min_official_members')).params).toEqual({ min: 5 });
  });
});
