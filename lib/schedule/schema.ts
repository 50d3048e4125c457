import { checkbox, optionalLine, optionalText, requiredDateField, requiredText } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

const TIME = /^([01]?\d|2[0-3])[:hg.]([0-5]\d)$/;

/** "7:30", "07:30", "7g30", "7h30" → "07:30"; '' → null; anything else is an error. */
function timeField(label: string, required: boolean) {
  return z
    .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''), z.string())
    .transform((s, ctx): string | null => {
      if (!s) {
        if (required) ctx.addIssue({ code: 'custom', message: `Nhập ${label.toLowerCase()}, ví dụ 07:30.` });
        return null;
      }
      const m = TIME.exec(s);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ: nhập giờ:phút, ví dụ 07:30 hoặc 14:00.` });
        return z.NEVER;
      }
      return `${m[1].padStart(2, '0')}:${m[2]}`;
    });
}

export const scheduleEntrySchema = z
  .object({
    date: requiredDateField('Ngày'),
    startTime: timeField('Giờ bắt đầu', true),
    endTime: timeField('Giờ kết thúc', false),
    content: requiredText('Nhập nội dung công tác.', 'Nội dung', 2000),
    place: optionalLine('Địa điểm', 300),
    attendees: optionalText('Thành phần', 1000),
    preparer: optionalLine('Chuẩn bị', 300),
    note: optionalText('Ghi chú', 1000),
    published: checkbox,
  })
  .superRefine((d, ctx) => {
    if (d.endTime && d.startTime && d.endTime <= d.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    }
  })
  .transform((d) => ({ ...d, startTime: d.startTime as string }));

export type ScheduleEntryData = z.infer<typeof scheduleEntrySchema>;
