/** The support activity form. */
import { SupportKind } from '@/lib/generated/prisma/enums';
import { countField, dateField, enumField, moneyField, optionalIdField, optionalLine, optionalText, requiredDateField, requiredLine } from '@/lib/support/fields';
import { z } from '@/lib/validation/zod';

export const MAX_SERVED = 500;

const organizationIds = z
  .preprocess((v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []), z.array(z.string()))
  .transform((list, ctx): number[] => {
    const ids = [...new Set(list.map((s) => s.trim()).filter(Boolean))];
    if (ids.some((s) => !/^\d{1,9}$/.test(s))) {
      ctx.addIssue({ code: 'custom', message: 'Danh sách tổ chức được hỗ trợ không hợp lệ: hãy chọn lại.' });
      return z.NEVER;
    }
    if (ids.length > MAX_SERVED) {
      ctx.addIssue({ code: 'custom', message: `Chọn tối đa ${MAX_SERVED} tổ chức cho một hoạt động.` });
      return z.NEVER;
    }
    return ids.map(Number);
  });

export const supportActivitySchema = z
  .object({
    kind: enumField(SupportKind, 'Vui lòng chọn loại hoạt động hỗ trợ.'),
    title: requiredLine('Vui lòng nhập tên hoạt động.', 'Tên hoạt động', 300),
    startsOn: requiredDateField('Ngày bắt đầu'),
    endsOn: dateField('Ngày kết thúc'),
    location: optionalLine('Địa điểm', 200),
    unitId: optionalIdField('Địa bàn không hợp lệ.'),
    attendees: countField('Số người tham dự', 1_000_000),
    cost: moneyField('Kinh phí'),
    fundingSource: optionalLine('Nguồn kinh phí', 300),
    description: optionalText('Nội dung', 5000),
    organizationIds,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
    if (v.kind === 'TRAINING' && !v.attendees) {
      ctx.addIssue({ code: 'custom', path: ['attendees'], message: 'Lớp tập huấn cần ghi số người tham dự (lớn hơn 0).' });
    }
  })
  .transform(({ organizationIds: ids, ...v }) => ({ data: { ...v, attendees: v.attendees ?? 0, cost: v.cost ?? 0n }, organizationIds: ids }));

export type SupportActivityInput = z.infer<typeof supportActivitySchema>;
