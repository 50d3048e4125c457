import { describe, expect, it } from 'vitest';

import { parseDate, parseMoney } from '@/lib/members/schema';
import { fillMessage, placeholdersOf } from '@/lib/rules/message';
import { compareOutcomes, evaluateMembershipRules, type MembershipState, type RuleRow } from '@/lib/rules/membership';

describe('money typed the Vietnamese way', () => {
  it.each([
    ['50.000.000', 50_000_000n],
    ['50 000 000', 50_000_000n],
    ['50000000', 50_000_000n],
    ['50.000.000 đồng', 50_000_000n],
    ['50.000.000đ', 50_000_000n],
    ['1', 1n],
  ])('reads %s', (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });

  it.each(['', '0', '-5', '1,5', '12.5', '50.00.000', 'năm triệu', '1e9', '10000000000000000000'])('refuses %j', (text) => {
    expect(parseMoney(text).ok).toBe(false);
  });
});

describe('dates', () => {
  it('reads both forms and refuses dates that do not exist', () => {
    expect(parseDate('2024-07-01')).toEqual({ ok: true, value: new Date('2024-07-01T00:00:00.000Z') });
    expect(parseDate('1/7/2024')).toEqual({ ok: true, value: new Date('2024-07-01T00:00:00.000Z') });
    expect(parseDate('2024-02-30')).toEqual({ ok: false, message: 'Ngày không tồn tại.' });
    expect(parseDate('2999-01-01').ok).toBe(false);
    expect(parseDate('hôm qua').ok).toBe(false);
  });
});

describe('rule messages', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillMessage('Cần {min}, có {actual}; {lạ} {x}', { min: '05', actual: '4' })).toBe('Cần 05, có 4; {lạ} {x}');
    expect(placeholdersOf('{a} {b} {a}')).toEqual(['a', 'b']);
  });
});

describe('evaluation', () => {
  const rules: RuleRow[] = [
    { id: 1, code: 'max_member_share', severity: 'BLOCK', message: '{member}: {share}', params: { max: 0.3 }, orgKinds: ['COOPERATIVE'], active: true },
    { id: 2, code: 'unknown_code', severity: 'BLOCK', message: '?', params: {}, orgKinds: [], active: true },
    { id: 3, code: 'min_official_members', severity: 'WARN', message: '{min}/{actual}', params: { min: 'năm' }, orgKinds: [], active: true },
  ];
  const state = (amount: bigint, charterCapital: bigint | null = 1_000n): MembershipState => ({
    kind: 'COOPERATIVE',
    charterCapital,
    members: [{ id: 1, name: 'A', kind: 'PERSON', type: 'OFFICIAL', current: true, contributed: amount }],
  });

  it('compares shares in integers at the boundary, skips unknown codes and bad parameters', () => {
    const at = evaluateMembershipRules(rules, state(300n));
    expect(at.map((o) => [o.code, o.status])).toEqual([
      ['max_member_share', 'ok'],
      ['min_official_members', 'not_applicable'],
    ]);
    const over = evaluateMembershipRules(rules, state(301n));
    expect(over[0].violations.map((v) => v.message)).toEqual(['A: 30,1%']);
    expect(evaluateMembershipRules(rules, state(301n, null))[0]).toMatchObject({ status: 'not_applicable', detail: 'Chưa có vốn điều lệ để đối chiếu' });
  });

  it('blocks only what a change introduces or worsens', () => {
    const before = evaluateMembershipRules(rules, state(400n));
    expect(compareOutcomes(before, evaluateMembershipRules(rules, state(400n))).blocking).toEqual([]);
    expect(compareOutcomes(before, evaluateMembershipRules(rules, state(350n))).blocking).toEqual([]);
    expect(compareOutcomes(before, evaluateMembershipRules(rules, state(401n))).blocking).toHaveLength(1);
  });
});
