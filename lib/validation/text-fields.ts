import { cleanMultiline } from '@/lib/validation/control-chars';
import { z } from '@/lib/validation/zod';
import { parseDateText } from '@/lib/organizations/schema';

/**
 * Small zod fields for form text (what FormData sends): NFC, trimmed, anything that is not a
 * string is ''. Used by the media, legal document, schedule, plan, support, loan and award forms.
 */
/** Several lines: NFC, CRLF as LF, control characters other than tab and newline dropped, trimmed. */
const text = z.preprocess((v) => (typeof v === 'string' ? cleanMultiline(v.replace(/\r\n?/g, '\n')).trim() : ''), z.string());
/** One line of text: NFC, control characters and runs of whitespace as one space, trimmed. */
export const line = z.preprocess(
  (v) => (typeof v === 'string' ? v.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim() : ''),
  z.string(),
);

export function requiredLine(message: string, label: string, max: number) {
  return line.pipe(z.string().min(1, message).max(max, `${label} không được dài quá ${max} ký tự.`));
}

export function optionalLine(label: string, max: number) {
  return line.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

export function requiredText(message: string, label: string, max: number) {
  return text.pipe(z.string().min(1, message).max(max, `${label} không được dài quá ${max} ký tự.`));
}

export function optionalText(label: string, max: number) {
  return text.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

/** A checkbox: 'on' when ticked, absent otherwise. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export function enumField<T extends Record<string, string>>(values: T, message: string) {
  return line.pipe(z.enum(values, { error: message }));
}

/**
 * A date as <input type="date"> sends it (YYYY-MM-DD) or typed dd/mm/yyyy, as UTC midnight (the
 * form of @db.Date columns); '' is null.
 */
export function dateField(label: string) {
  return line.transform((s, ctx): Date | null => {
    const parsed = parseDateText(s);
    if (parsed === 'invalid') {
      ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.` });
      return z.NEVER;
    }
    return parsed;
  });
}

export function requiredDateField(label: string) {
  return dateField(label).transform((d, ctx): Date => {
    if (d === null) {
      ctx.addIssue({ code: 'custom', message: `Vui lòng nhập ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    return d;
  });
}

/** A positive whole number (an id chosen in a select). */
export function idField(message: string) {
  return line.transform((s, ctx): number => {
    if (!/^[1-9]\d{0,8}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(s);
  });
}
