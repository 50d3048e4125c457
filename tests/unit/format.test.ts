import { describe, expect, it } from 'vitest';

import { formatDate, formatDateTime, isoDate, todayIsoInVietnam } from '@/lib/format/date';
import {
  formatArea,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
} from '@/lib/format/number';

// A stand-in for Prisma's Decimal (decimal.js), which the formatters read through toFixed().
const decimal = (text: string) => ({ toFixed: () => text });

describe('formatNumber', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-43942)).toBe('-43.942');
  });

  it('formats bigint exactly, beyond the range of a float', () => {
    expect(formatNumber(412296737000n)).toBe('412.296.737.000');
    expect(formatNumber(9007199254740993n)).toBe('9.007.199.254.740.993');
    expect(formatNumber(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
  });

  it('formats numeric strings and Decimal values exactly', () => {
    expect(formatNumber('66807.55')).toBe('66.807,55');
    expect(formatNumber(decimal('9007199254740993.25'))).toBe('9.007.199.254.740.993,25');
    expect(formatNumber(' 42 ')).toBe('42');
  });

  it('rounds to the fraction digits asked for', () => {
    expect(formatNumber(2.345, { maximumFractionDigits: 1 })).toBe('2,3');
    expect(formatNumber(3, { minimumFractionDigits: 2 })).toBe('3,00');
  });

  it('refuses text that is not a number', () => {
    expect(() => formatNumber('12a')).toThrow(TypeError);
    expect(() => formatNumber('')).toThrow(TypeError);
  });
});

describe('formatMoney', () => {
  it('prints whole đồng', () => {
    expect(formatMoney(412296737000n)).toBe('412.296.737.000 đồng');
    expect(formatMoney(0n)).toBe('0 đồng');
    expect(formatMoney('17942000000')).toBe('17.942.000.000 đồng');
    expect(formatMoney(1500)).toBe('1.500 đồng');
  });

  it('shortens large sums to tỷ or triệu đồng without losing digits', () => {
    expect(formatMoneyShort(412296737000n)).toBe('412,3 tỷ đồng');
    expect(formatMoneyShort(30255200000n, 2)).toBe('30,26 tỷ đồng');
    expect(formatMoneyShort(17942000000n)).toBe('17,9 tỷ đồng');
    expect(formatMoneyShort(255200000n)).toBe('255,2 triệu đồng');
    expect(formatMoneyShort(1_000_000_000n)).toBe('1 tỷ đồng');
    expect(formatMoneyShort(950000n)).toBe('950.000 đồng');
    expect(formatMoneyShort(-2500000000n)).toBe('-2,5 tỷ đồng');
    expect(formatMoneyShort(decimal('123456789012345678901'))).toBe('123.456.789.012,3 tỷ đồng');
  });
});

describe('formatArea', () => {
  it('prints hectares with two decimals', () => {
    expect(formatArea('66807.55')).toBe('66.807,55 ha');
    expect(formatArea(64720)).toBe('64.720,00 ha');
    expect(formatArea(decimal('0.5'))).toBe('0,50 ha');
  });
});

describe('formatPercent', () => {
  it('prints a percentage given in percent', () => {
    expect(formatPercent(74)).toBe('74%');
    expect(formatPercent(74.56)).toBe('74,6%');
    expect(formatPercent(74.56, { fractionDigits: 2 })).toBe('74,56%');
  });

  it('accepts a ratio', () => {
    expect(formatPercent(0.745, { ratio: true })).toBe('74,5%');
  });
});

describe('formatDate and formatDateTime', () => {
  it('prints dd/MM/yyyy', () => {
    expect(formatDate(new Date('2023-07-14T00:00:00Z'))).toBe('14/07/2023');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
  });

  it('uses Vietnam time, whatever the server time zone', () => {
    // 20:30 UTC on 13 July is 03:30 on 14 July in Vietnam (UTC+7).
    expect(formatDate(new Date('2023-07-13T20:30:00Z'))).toBe('14/07/2023');
    expect(formatDateTime(new Date('2023-07-13T20:30:00Z'))).toBe('14/07/2023 03:30');
    expect(formatDateTime(new Date('2023-07-14T17:05:00Z'))).toBe('15/07/2023 00:05');
  });

  it('gives ISO dates for <time> and SQL', () => {
    expect(isoDate(new Date('2022-06-16T00:00:00Z'))).toBe('2022-06-16');
    expect(todayIsoInVietnam(new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
  });

  it('refuses invalid dates', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});
