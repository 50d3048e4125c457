/**
 * Form field parsers shared by the plan, support, loan and award forms: every value arrives as
 * text, is normalized to NFC and trimmed, and is answered in Vietnamese, one message per field.
 */
import { parseMoneyText } from '@/lib/organizations/schema';
import { line } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

// The text, choice and date fields are the shared ones; the numbers below are this area's own.
export { dateField, enumField, line, optionalLine, optionalText, requiredDateField, requiredLine } from '@/lib/validation/text-fields';

/** Whole đồng typed the vi-VN way ("1.500.000.000"); null when empty. */
export function moneyField(label: string) {
  return line.transform((s, ctx): bigint | null => {
    const parsed = parseMoneyText(s);
    if (parsed === 'invalid') {
      ctx.addIssue({ code: 'custom', message: `${label} là số đồng, không có phần lẻ, ví dụ 1.500.000.000.` });
      return z.NEVER;
    }
    return parsed;
  });
}

export function requiredMoneyField(label: string) {
  return moneyField(label).transform((v, ctx): bigint => {
    if (v === null) {
      ctx.addIssue({ code: 'custom', message: `Vui lòng nhập ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    return v;
  });
}

/** A whole number ≥ 0 typed with or without thousand separators ("1.250"); null when empty. */
export function countField(label: string, max = 1_000_000_000) {
  return line.transform((s, ctx): number | null => {
    const digits = s.replace(/[\s.]/g, '');
    if (!digits) return null;
    if (!/^\d{1,12}$/.test(digits) || (s.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(s.replace(/\s/g, '')))) {
      ctx.addIssue({ code: 'custom', message: `${label} là số nguyên không âm, ví dụ 45.` });
      return z.NEVER;
    }
    const n = Number(digits);
    if (n > max) {
      ctx.addIssue({ code: 'custom', message: `${label} không được lớn hơn ${max.toLocaleString('vi-VN')}.` });
      return z.NEVER;
    }
    return n;
  });
}

/**
 * A non-negative decimal typed the vi-VN way: "1.250", "12,5", "1.250,75" (dot groups thousands,
 * comma marks decimals). Kept as text for Prisma's Decimal; null when empty.
 */
export function decimalField(label: string, options: { max?: number; fractionDigits?: number } = {}) {
  const fractionDigits = options.fractionDigits ?? 2;
  return line.transform((s, ctx): string | null => {
    const compact = s.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
    if (!compact) return null;
    const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(compact);
    if (!m || (m[2] !== undefined && m[2].length > fractionDigits)) {
      ctx.addIssue({ code: 'custom', message: `${label} là số không âm, tối đa ${fractionDigits} chữ số thập phân sau dấu phẩy, ví dụ 12,5.` });
      return z.NEVER;
    }
    // Trailing zeros dropped: "12,50" is stored and compared as 12.5.
    const value = `${m[1].replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    if (options.max !== undefined && Number(value) > options.max) {
      ctx.addIssue({ code: 'custom', message: `${label} không được lớn hơn ${options.max.toLocaleString('vi-VN')}.` });
      return z.NEVER;
    }
    return value;
  });
}

/** A year between 2000 and 2100. */
export function yearField(message = 'Vui lòng nhập năm (ví dụ 2025).') {
  return line.transform((s, ctx): number => {
    if (!/^\d{4}$/.test(s) || Number(s) < 2000 || Number(s) > 2100) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(s);
  });
}

/** An optional id from a select (a positive integer), null when empty. */
export function optionalIdField(message: string) {
  return line.transform((s, ctx): number | null => {
    if (!s) return null;
    if (!/^\d{1,9}$/.test(s) || Number(s) < 1) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(s);
  });
}

/** FormData → object of strings; `organizationIds` (repeated) kept as a list. */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    if (key === 'organizationIds') {
      const list = (out[key] as string[] | undefined) ?? [];
      list.push(value);
      out[key] = list;
    } else out[key] = value;
  }
  return out;
}
