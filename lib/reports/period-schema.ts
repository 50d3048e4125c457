/** The form of a reporting period: kind, year, first and last day, deadline. */
import { PeriodKind } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';

/** A date from <input type="date"> ("2026-07-15") or typed the Vietnamese way ("15/07/2026"); future dates allowed. */
function periodDate(required: string) {
  return z.string({ error: required }).transform((s, ctx): Date => {
    const text = s.trim();
    const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const b = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = a ? `${a[1]}-${a[2]}-${a[3]}` : b ? `${b[3]}-${b[2].padStart(2, '0')}-${b[1].padStart(2, '0')}` : null;
    const date = iso ? new Date(`${iso}T00:00:00.000Z`) : null;
    if (!iso || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
      ctx.issues.push({ code: 'custom', message: text === '' ? required : 'Ngày không hợp lệ (dd/mm/yyyy).', input: s });
      return z.NEVER;
    }
    return date;
  });
}

export const periodSchema = z
  .object({
    kind: z.enum(PeriodKind, { error: 'Chọn loại kỳ: 6 tháng đầu năm hoặc cả năm.' }),
    year: z
      .string({ error: 'Nhập năm.' })
      .trim()
      .regex(/^\d{4}$/, 'Năm gồm 4 chữ số.')
      .transform(Number)
      .pipe(z.number().int().min(2000, 'Năm từ 2000 trở đi.').max(2100, 'Năm không quá 2100.')),
    startsOn: periodDate('Nhập ngày bắt đầu kỳ.'),
    endsOn: periodDate('Nhập ngày kết thúc kỳ.'),
    deadline: periodDate('Nhập hạn nộp báo cáo.'),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn.getTime() <= v.startsOn.getTime()) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    if (v.deadline.getTime() < v.endsOn.getTime()) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Hạn nộp không được trước ngày kết thúc kỳ.' });
    if (v.startsOn.getUTCFullYear() !== v.year) ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'Kỳ báo cáo phải bắt đầu trong năm đã chọn.' });
  });

export type PeriodInput = z.output<typeof periodSchema>;
