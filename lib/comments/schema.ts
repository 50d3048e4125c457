import { normalizePhone } from '@/lib/feedback/schema';
import { optionalLine, requiredLine, requiredText } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

import { COMMENT_LIMITS } from './fields';

// The public comment form under an article (fields in ./fields.ts); the honeypot is the feedback form's.

const CONTACT_FORMAT = 'Email hoặc số điện thoại không đúng định dạng (ví dụ: ten@example.vn hoặc 0918 234 567).';
const emailFormat = z.email(CONTACT_FORMAT);

/**
 * "Email hoặc điện thoại", optional: an address with @ must be an email, anything else a phone
 * number (stored as 0918234567). Only the editors see it, to reach the writer when needed.
 */
const contact = optionalLine('Email hoặc điện thoại', COMMENT_LIMITS.contact).transform((value, ctx) => {
  if (value === null) return null;
  if (value.includes('@')) {
    if (emailFormat.safeParse(value).success) return value;
  } else {
    const phone = normalizePhone(value);
    if (/^0\d{9,10}$/.test(phone)) return phone;
  }
  ctx.addIssue({ code: 'custom', message: CONTACT_FORMAT });
  return z.NEVER;
});

export const articleCommentSchema = z.object({
  name: requiredLine('Vui lòng nhập họ và tên.', 'Họ và tên', COMMENT_LIMITS.name).pipe(z.string().min(2, 'Họ và tên quá ngắn (ít nhất 2 ký tự).')),
  contact,
  // Plain text: shown with its line breaks, never as HTML.
  body: requiredText('Vui lòng nhập nội dung bình luận.', 'Bình luận', COMMENT_LIMITS.body),
});

export type ArticleCommentInput = z.infer<typeof articleCommentSchema>;
