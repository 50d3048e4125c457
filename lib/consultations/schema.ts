import { checkbox, optionalText, requiredDateField, requiredLine, requiredText } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

export const consultationWindowSchema = z
  .object({ opensOn: requiredDateField('Ngày bắt đầu lấy ý kiến'), closesOn: requiredDateField('Ngày kết thúc lấy ý kiến') })
  .superRefine((d, ctx) => {
    if (d.closesOn < d.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  });

export const consultationSummarySchema = z.object({
  summary: optionalText('Tổng hợp ý kiến', 20_000),
  publishSummary: checkbox,
});

/** The public comment form; the honeypot field is the feedback form's (lib/feedback/honeypot.ts). */
export const DRAFT_COMMENT_FIELDS = ['name', 'contact', 'comment'] as const;

export const draftCommentSchema = z.object({
  name: requiredLine('Vui lòng nhập họ và tên hoặc tên cơ quan, đơn vị.', 'Họ và tên', 100),
  contact: requiredLine('Vui lòng nhập số điện thoại hoặc email để liên hệ khi cần.', 'Liên hệ', 200),
  comment: requiredText('Vui lòng nhập ý kiến góp ý.', 'Ý kiến', 10_000),
});

export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

/** Where the window stands on a day (YYYY-MM-DD, in Vietnam): both ends are days comments are taken. */
export function consultationPhase(window: { opensOn: Date; closesOn: Date }, today: string): ConsultationPhase {
  const opens = window.opensOn.toISOString().slice(0, 10);
  const closes = window.closesOn.toISOString().slice(0, 10);
  if (today < opens) return 'upcoming';
  if (today > closes) return 'closed';
  return 'open';
}

export const phaseLabels: Record<ConsultationPhase, string> = { upcoming: 'Sắp lấy ý kiến', open: 'Đang lấy ý kiến', closed: 'Đã hết hạn góp ý' };
