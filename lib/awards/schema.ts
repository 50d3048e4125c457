/** The award form: the recipient is an organization of the register, or a name typed freely (a person, a collective outside the register). */
import { AwardType } from '@/lib/generated/prisma/enums';
import { dateField, enumField, optionalIdField, optionalLine, requiredLine, yearField } from '@/lib/support/fields';
import { z } from '@/lib/validation/zod';

export const awardSchema = z
  .object({
    year: yearField('Năm khen thưởng là một năm từ 2000 đến 2100, ví dụ 2025.'),
    type: enumField(AwardType, 'Vui lòng chọn hình thức khen thưởng.'),
    title: requiredLine('Vui lòng nhập nội dung khen thưởng.', 'Nội dung khen thưởng', 500),
    organizationId: optionalIdField('Tổ chức được khen thưởng không hợp lệ: hãy chọn lại.'),
    recipientName: optionalLine('Tên người hoặc tập thể được khen thưởng', 300),
    emulationBlock: optionalLine('Khối thi đua', 200),
    decisionNumber: requiredLine('Vui lòng nhập số quyết định.', 'Số quyết định', 100),
    decisionDate: dateField('Ngày quyết định'),
    issuer: optionalLine('Cơ quan ban hành', 200),
  })
  .superRefine((v, ctx) => {
    if (v.organizationId === null && !v.recipientName) {
      ctx.addIssue({ code: 'custom', path: ['recipientName'], message: 'Vui lòng chọn tổ chức được khen thưởng hoặc ghi tên người, tập thể được khen thưởng.' });
    }
    if (v.decisionDate && Math.abs(v.decisionDate.getUTCFullYear() - v.year) > 1) {
      ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: `Ngày quyết định phải trong năm ${v.year} hoặc năm liền kề.` });
    }
  });

export type AwardInput = z.infer<typeof awardSchema>;
