import { describe, expect, it } from 'vitest';

import { filterQueryString, likePattern, parseId, parseOrganizationFilters } from '@/lib/organizations/filters';
import { auditChanges } from '@/lib/organizations/fields';
import { parseDateText, parseMoneyText } from '@/lib/organizations/schema';
import { deriveStatus, historyError, nextStatuses, transitionError } from '@/lib/organizations/status';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('status history', () => {
  const history = [
    { id: 1, status: 'ACTIVE' as const, effectiveOn: d('2020-01-15') },
    { id: 2, status: 'SUSPENDED' as const, effectiveOn: d('2024-05-01') },
    { id: 3, status: 'ACTIVE' as const, effectiveOn: d('2025-02-01') },
    { id: 4, status: 'DISSOLVED' as const, effectiveOn: d('2027-01-01') },
  ];

  it('derives the status in force on a day from the latest entry on or before it', () => {
    expect(deriveStatus(history, '2024-04-30')).toBe('ACTIVE');
    expect(deriveStatus(history, '2024-05-01')).toBe('SUSPENDED');
    expect(deriveStatus(history, '2026-11-30')).toBe('ACTIVE');
    expect(deriveStatus(history, '2027-01-01')).toBe('DISSOLVED');
    expect(deriveStatus(history, '2019-01-01')).toBeNull();
    // Entries of the same day count in the order they were recorded.
    expect(deriveStatus([...history, { id: 9, status: 'SUSPENDED', effectiveOn: d('2025-02-01') }], '2025-03-01')).toBe('SUSPENDED');
  });

  it('allows resuming after a suspension, and nothing after an end', () => {
    expect(transitionError('SUSPENDED', 'ACTIVE')).toBeNull();
    expect(transitionError('ACTIVE', 'CONVERTED')).toBeNull();
    expect(transitionError('ACTIVE', 'ACTIVE')).toMatch(/đang ở tình trạng/);
    expect(transitionError('DISSOLVED', 'ACTIVE', d('2025-03-01'))).toBe(
      'Tổ chức đã ở tình trạng “Đã giải thể” từ ngày 01/03/2025: không thể ghi nhận thay đổi nào sau đó. Nếu mục đó ghi sai, hãy sửa lại mục đó trong lịch sử trạng thái.',
    );
    expect(nextStatuses('MERGED')).toEqual([]);
    expect(nextStatuses('AWAITING_DISSOLUTION')).not.toContain('CONVERTED');
  });

  it('checks a whole corrected history', () => {
    expect(historyError(history)).toBeNull();
    const broken = history.map((e) => (e.id === 2 ? { ...e, status: 'BANKRUPT' as const } : e));
    expect(historyError(broken)).toMatch(/^Lịch sử trạng thái sẽ không hợp lệ: ngày 01\/02\/2025/);
  });
});

describe('form values', () => {
  it('reads money as vi-VN people type it, in whole đồng', () => {
    expect(parseMoneyText('1.500.000.000')).toBe(1_500_000_000n);
    expect(parseMoneyText('1500000000')).toBe(1_500_000_000n);
    expect(parseMoneyText(' 1 500 000 000 đồng ')).toBe(1_500_000_000n);
    expect(parseMoneyText('')).toBeNull();
    for (const bad of ['1,5', '1.50.000', 'mười triệu', '-5', '1.500.000,50', '9'.repeat(30)]) expect(parseMoneyText(bad)).toBe('invalid');
  });

  it('reads dates as YYYY-MM-DD or dd/mm/yyyy and refuses impossible days', () => {
    expect(parseDateText('2024-03-15')).toEqual(d('2024-03-15'));
    expect(parseDateText('15/03/2024')).toEqual(d('2024-03-15'));
    expect(parseDateText('5/3/2024')).toEqual(d('2024-03-05'));
    expect(parseDateText('')).toBeNull();
    for (const bad of ['31/02/2024', '2024-13-01', '15-03', 'hôm nay', '0001-01-01']) expect(parseDateText(bad)).toBe('invalid');
  });
});

describe('list filters in the URL', () => {
  it('reads known values, ignores anything else, and writes them back', () => {
    const f = parseOrganizationFilters({ loai: 'htx', 'tinh-trang': 'tam-ngung', 'don-vi': '12', ocop: 'co', 'sap-xep': 'von-dieu-le', chieu: 'giam', trang: '3', q: '  hợp   tác '.normalize('NFD') });
    expect(f).toMatchObject({ kind: 'COOPERATIVE', status: 'SUSPENDED', unitId: 12, ocop: true, sort: 'von-dieu-le', direction: 'desc', page: 3, q: 'hợp tác' });
    expect(filterQueryString(f, { page: 1 })).toBe(
      `?q=${encodeURIComponent('hợp tác').replace(/%20/g, '+')}&loai=htx&don-vi=12&tinh-trang=tam-ngung&ocop=co&sap-xep=von-dieu-le&chieu=giam`,
    );
    const hostile = parseOrganizationFilters({ loai: "' OR 1=1 --", 'don-vi': '99999999999999999999', trang: '-1', 'sap-xep': 'id;drop', q: 'a'.repeat(5000), ocop: ['co', 'khong'] });
    expect(hostile).toMatchObject({ kind: undefined, unitId: undefined, page: 1, sort: 'ten', ocop: true });
    expect(hostile.q).toHaveLength(200);
    expect(parseId('0')).toBeNull();
    expect(parseId('2147483648')).toBeNull();
    expect(parseId('17')).toBe(17);
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('change history labels', () => {
  it('turns stored values back into Vietnamese', () => {
    const changes = auditChanges(
      { status: 'ACTIVE', charterCapital: '1500000000', establishedOn: '2020-03-15T00:00:00.000Z', hasVietGap: false, version: 1 },
      { status: 'SUSPENDED', charterCapital: '2000000000', establishedOn: '2020-03-16T00:00:00.000Z', hasVietGap: true, version: 2 },
    );
    expect(changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Ngày thành lập: 15/03/2020 → 16/03/2020',
      'Tình trạng hiện tại: Đang hoạt động → Tạm ngừng hoạt động',
      'Vốn điều lệ: 1.500.000.000 đồng → 2.000.000.000 đồng',
      'Chứng nhận VietGAP: Không → Có',
    ]);
  });
});
