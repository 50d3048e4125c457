import type { FieldErrors } from '@/lib/actions/state';
import { z } from '@/lib/validation/zod';

/** The fields of the public feedback form, in the order they appear. */
export const FEEDBACK_FIELDS = ['name', 'email', 'phone', 'subject', 'message'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export { HONEYPOT_FIELD, isHoneypotFilled } from './honeypot';

export const FEEDBACK_LIMITS = { name: 100, email: 200, phone: 20, subject: 200, message: 5000 } as const;

/** Control characters other than tab and newline never belong in a message; CRLF becomes LF. */
function clean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}

/** Optional text: an empty or blank input is "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const c = clean(v);
    return c === '' || c === null ? undefined : c;
  }, schema.optional());

const required = (schema: z.ZodString) => z.preprocess((v) => clean(v ?? ''), schema);

/** "0918 234 567", "0918.234.567", "+84 918 234 567" → "0918234567". */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s.()-]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}

export const feedbackSchema = z.object({
  name: required(
    z
      .string()
      .min(2, 'Vui lòng nhập họ và tên.')
      .max(FEEDBACK_LIMITS.name, `Họ và tên dài tối đa ${FEEDBACK_LIMITS.name} ký tự.`),
  ),
  email: optional(
    z
      .email('Email không đúng định dạng (ví dụ: ten@example.vn).')
      .max(FEEDBACK_LIMITS.email, `Email dài tối đa ${FEEDBACK_LIMITS.email} ký tự.`),
  ),
  phone: optional(
    z
      .string()
      .max(FEEDBACK_LIMITS.phone, 'Số điện thoại không đúng định dạng (ví dụ: 0918 234 567).')
      .transform(normalizePhone)
      .pipe(z.string().regex(/^0\d{9,10}$/, 'Số điện thoại không đúng định dạng (ví dụ: 0918 234 567).')),
  ),
  subject: required(
    z
      .string()
      .min(1, 'Vui lòng nhập tiêu đề.')
      .min(5, 'Tiêu đề quá ngắn (ít nhất 5 ký tự).')
      .max(FEEDBACK_LIMITS.subject, `Tiêu đề dài tối đa ${FEEDBACK_LIMITS.subject} ký tự.`),
  ),
  message: required(
    z
      .string()
      .min(1, 'Vui lòng nhập nội dung ý kiến.')
      .min(10, 'Nội dung quá ngắn (ít nhất 10 ký tự).')
      .max(FEEDBACK_LIMITS.message, `Nội dung dài tối đa ${FEEDBACK_LIMITS.message.toLocaleString('vi-VN')} ký tự.`),
  ),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** The key under which the "email or phone" error is reported (shown under both inputs). */
export const CONTACT_ERROR_KEY = 'contact';

/**
 * Parses the form. "Email or phone, at least one" is checked beside zod rather than in a
 * refinement, so that it is reported together with the other fields' errors in one pass.
 */
export function parseFeedback(values: Record<string, string | undefined>):
  | { success: true; data: FeedbackInput }
  | { success: false; fieldErrors: FieldErrors } {
  const parsed = feedbackSchema.safeParse(values);
  const fieldErrors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.') || '_form';
      fieldErrors[key] ??= issue.message;
    }
  }
  const blank = (v: string | undefined) => !v || !v.trim();
  if (blank(values.email) && blank(values.phone)) {
    fieldErrors[CONTACT_ERROR_KEY] = 'Vui lòng nhập email hoặc số điện thoại (ít nhất một) để Liên minh liên hệ khi cần.';
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors };
  return { success: true, data: parsed.data };
}
