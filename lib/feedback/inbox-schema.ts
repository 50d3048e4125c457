import type { FeedbackStatus } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';
import { cleanMultiline } from '@/lib/validation/control-chars';

/** Input of the feedback inbox (lib/feedback/inbox-actions.ts); the public form has its own schema. */

export const REPLY_MAX_LENGTH = 5000;

export const replySchema = z.object({
  reply: z
    .string({ error: 'Vui lòng nhập nội dung trả lời.' })
    .transform((value) => cleanMultiline(value).trim())
    .pipe(
      z
        .string()
        .min(1, 'Vui lòng nhập nội dung trả lời.')
        .max(REPLY_MAX_LENGTH, `Nội dung trả lời dài quá ${REPLY_MAX_LENGTH.toLocaleString('vi-VN')} ký tự.`),
    ),
  replyPublished: z.boolean(),
});

export const assignSchema = z.object({
  assignedToId: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      if (!/^\d{1,9}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'Người xử lý không hợp lệ.' });
        return z.NEVER;
      }
      return Number(value);
    }),
});

/** Status slugs of the inbox's URL (?trang-thai=moi). */
export const feedbackStatusSlugs: Record<string, FeedbackStatus> = {
  moi: 'NEW',
  'dang-xu-ly': 'IN_PROGRESS',
  'da-tra-loi': 'ANSWERED',
  'da-dong': 'CLOSED',
  'thu-rac': 'SPAM',
};

export const slugOfFeedbackStatus = Object.fromEntries(Object.entries(feedbackStatusSlugs).map(([slug, s]) => [s, slug])) as Record<
  FeedbackStatus,
  string
>;
