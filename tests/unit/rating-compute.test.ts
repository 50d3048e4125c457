import { describe, expect, it } from 'vitest';

import { type Band, bandFor, computeRating, monthsSpan, notRatedReason, parsePoints, pointsText, schemeProblems, stoppedMonthsInYear } from '@/lib/ratings/compute';
import { parseSchemeForm } from '@/lib/ratings/schema';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const TT01: Band[] = [
  { rating: 'GOOD', minPoints: 80, maxPoints: null },
  { rating: 'FAIR', minPoints: 65, maxPoints: 80 },
  { rating: 'AVERAGE', minPoints: 50, maxPoints: 65 },
  { rating: 'WEAK', minPoints: 0, maxPoints: 50 },
];

describe('points', () => {
  it('reads vi-VN and dotted decimals into hundredths, and nothing else', () => {
    expect(parsePoints('7')).toBe(700);
    expect(parsePoints('7,5')).toBe(750);
    expect(parsePoints(' 7.25 ')).toBe(725);
    expect(parsePoints('0')).toBe(0);
    for (const bad of ['', '-1', '7,255', 'abc', '1e2', '7,5,1', '1000']) expect(parsePoints(bad)).toBeNull();
    expect(pointsText(4999)).toBe('49,99');
    expect(pointsText(7550)).toBe('75,5');
    expect(pointsText(8000)).toBe('80');
  });

  it('puts totals in the band with min ≤ total < max, exactly on the boundaries', () => {
    const at = (t: number) => bandFor(Math.round(t * 100), TT01)?.rating;
    expect([0, 49.99, 50, 64.99, 65, 79.99, 80, 100].map(at)).toEqual(['WEAK', 'WEAK', 'AVERAGE', 'AVERAGE', 'FAIR', 'FAIR', 'GOOD', 'GOOD']);
    expect(bandFor(100, [{ rating: 'GOOD', minPoints: 5, maxPoints: null }])).toBeNull();
  });
});

describe('computeRating', () => {
  const criteria = [
    { id: 11, ordinal: 1, maxPoints: 60 },
    { id: 12, ordinal: 2, maxPoints: 40 },
  ];
  const run = (a: string, b: string, notRated = false) => computeRating({ criteria, bands: TT01, schemeMaxPoints: 100, inputs: { 11: a, 12: b }, notRated });

  it('adds decimal points without float drift and finds the band', () => {
    const r = run('39,99', '10');
    expect(r.totalHundredths).toBe(4999);
    expect(r.rating).toBe('WEAK');
    expect(run('40', '10').rating).toBe('AVERAGE');
    expect(run('0,1', '0,2').totalHundredths).toBe(30);
    expect(r.complete).toBe(true);
    expect(run('50', '').complete).toBe(false);
  });

  it('refuses points above a criterion maximum and text that is not a number', () => {
    const r = run('60,01', 'x');
    expect(r.rating).toBeNull();
    expect(r.problems).toEqual([
      { criterionId: 11, message: 'Tiêu chí 1: tối đa 60 điểm, đã nhập 60,01.' },
      { criterionId: 12, message: expect.stringContaining('Tiêu chí 2: nhập số điểm từ 0 đến 40') },
    ]);
  });

  it('gives NOT_RATED whatever the points when the rule says so', () => {
    expect(run('60', '40', true).rating).toBe('NOT_RATED');
  });

  it('refuses a total above the scheme maximum', () => {
    const r = computeRating({ criteria, bands: TT01, schemeMaxPoints: 90, inputs: { 11: '60', 12: '40' }, notRated: false });
    expect(r.formProblem).toBe('Tổng điểm 100 vượt quá số điểm tối đa của bộ tiêu chí (90).');
    expect(r.rating).toBeNull();
  });
});

describe('the "not rated" rule', () => {
  const rule = { minMonthsOperating: 12, maxMonthsStopped: 3 };
  const active = (from: string) => [{ status: 'ACTIVE' as const, effectiveOn: d(from) }];

  it('counts months of operation to 31/12 from the founding date', () => {
    expect(notRatedReason({ ...rule, year: 2025, establishedOn: d('2025-01-31'), history: active('2025-01-31') })).toBe(
      'Tính đến 31/12/2025 mới hoạt động 11 tháng (chưa đủ 12 tháng kể từ ngày thành lập), nên không xếp loại.',
    );
    expect(notRatedReason({ ...rule, year: 2025, establishedOn: d('2024-12-31'), history: active('2024-12-31') })).toBeNull();
  });

  it('counts months stopped in the year from the status history', () => {
    const suspendedFrom = (iso: string) => [...active('2020-01-15'), { status: 'SUSPENDED' as const, effectiveOn: d(iso) }];
    expect(stoppedMonthsInYear(suspendedFrom('2025-09-01'), 2025)).toBe(4);
    expect(stoppedMonthsInYear(suspendedFrom('2025-10-01'), 2025)).toBe(3);
    expect(notRatedReason({ ...rule, year: 2025, establishedOn: d('2020-01-15'), history: suspendedFrom('2025-09-01') })).toBe(
      'Tạm ngừng hoặc chấm dứt hoạt động 4 tháng trong năm 2025 (quá 3 tháng), nên không xếp loại.',
    );
    expect(notRatedReason({ ...rule, year: 2025, establishedOn: d('2020-01-15'), history: suspendedFrom('2025-10-01') })).toBeNull();
    // Suspended the whole year before; resumed on 01/03: two months stopped in 2025.
    const resumed = [...suspendedFrom('2024-06-01'), { status: 'ACTIVE' as const, effectiveOn: d('2025-03-01') }];
    expect(stoppedMonthsInYear(resumed, 2025)).toBe(2);
    expect(stoppedMonthsInYear(resumed, 2024)).toBe(7);
    // Two short stops add up: 2 + 2 months.
    const twice = [...active('2020-01-15'), { status: 'SUSPENDED' as const, effectiveOn: d('2025-02-01') }, { status: 'ACTIVE' as const, effectiveOn: d('2025-04-01') }, { status: 'SUSPENDED' as const, effectiveOn: d('2025-11-01') }];
    expect(stoppedMonthsInYear(twice, 2025)).toBe(4);
    // Dissolved on 15/06: stopped for the rest of the year (6 months to 15/12, then 17 days of December).
    expect(stoppedMonthsInYear([...active('2020-01-15'), { status: 'DISSOLVED' as const, effectiveOn: d('2025-06-15') }], 2025)).toBeCloseTo(6 + 17 / 31, 5);
  });

  it('measures partial months by the length of the month', () => {
    expect(monthsSpan(d('2025-01-31'), d('2025-03-01'))).toBeCloseTo(1 + 1 / 28, 5);
    expect(monthsSpan(d('2025-10-16'), d('2026-01-01'))).toBeCloseTo(2 + 16 / 31, 5);
  });
});

describe('scheme validation', () => {
  it('accepts criteria that add up to the maximum and bands covering 0..max', () => {
    expect(schemeProblems(100, [50, 50], TT01)).toEqual([]);
  });

  it('names sums that differ, gaps, overlaps, a closed top and a late start', () => {
    expect(schemeProblems(100, [50, 40], TT01)).toEqual(['Tổng điểm tối đa của các tiêu chí là 90, phải bằng điểm tối đa của bộ tiêu chí (100).']);
    const gap = TT01.map((b) => (b.rating === 'FAIR' ? { ...b, minPoints: 66 } : b));
    expect(schemeProblems(100, [100], gap)).toEqual(['Các mức xếp loại bị hở: từ 65 đến dưới 66 điểm chưa có mức nào.']);
    const overlap = TT01.map((b) => (b.rating === 'AVERAGE' ? { ...b, maxPoints: 70 } : b));
    expect(schemeProblems(100, [100], overlap)).toEqual(['Các mức xếp loại chồng lên nhau: từ 65 đến dưới 70 điểm thuộc hai mức.']);
    const closedTop = TT01.map((b) => (b.rating === 'GOOD' ? { ...b, maxPoints: 100 } : b));
    expect(schemeProblems(100, [100], closedTop)).toEqual(['Mức cao nhất phải bao gồm 100 điểm: để trống điểm “đến dưới” (không giới hạn trên).']);
    const lateStart = TT01.filter((b) => b.rating !== 'WEAK');
    expect(schemeProblems(100, [100], lateStart)[0]).toContain('phải bắt đầu từ 0 điểm');
  });

  it('reads the form rows, skipping blank ones, and reports row errors by field', () => {
    const values: Record<string, string> = {
      code: 'tt02-2026',
      name: 'Bộ tiêu chí thử nghiệm',
      legalBasis: 'Thông tư thử nghiệm',
      maxPoints: '10',
      minMonthsOperating: '12',
      maxMonthsStopped: '3',
      validFromYear: '2026',
      kind_COOPERATIVE: 'on',
      'criteria.0.group': 'Nhóm A',
      'criteria.0.title': 'Tiêu chí một',
      'criteria.0.points': '6',
      'criteria.1.group': '',
      'criteria.1.title': '',
      'criteria.1.points': '',
      'criteria.2.group': 'Nhóm A',
      'criteria.2.title': 'Tiêu chí hai',
      'criteria.2.points': '4',
      band_GOOD_min: '8',
      band_WEAK_min: '0',
      band_WEAK_max: '8',
    };
    const ok = parseSchemeForm(values);
    expect(ok.ok && ok.data).toMatchObject({ code: 'TT02-2026', orgKinds: ['COOPERATIVE'], criteria: [{ maxPoints: 6 }, { maxPoints: 4 }], bands: [{ rating: 'GOOD' }, { rating: 'WEAK' }] });
    const bad = parseSchemeForm({ ...values, 'criteria.2.title': '', band_WEAK_max: 'x' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ 'criteria.2.title': 'Tiêu chí 2: nhập nội dung tiêu chí.', band_WEAK_max: expect.stringContaining('Điểm “đến dưới”') });
  });
});
