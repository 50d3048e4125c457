/** The loan form: amounts in whole đồng (vi-VN input), the rate in percent per year. */
import { LoanFund } from '@/lib/generated/prisma/enums';
import { dateField, decimalField, enumField, line, moneyField, optionalLine, optionalText, requiredDateField, requiredMoneyField } from '@/lib/support/fields';
import { z } from '@/lib/validation/zod';

export const loanSchema = z
  .object({
    fund: enumField(LoanFund, 'Vui lòng chọn nguồn vốn vay.'),
    organizationId: line.transform((s, ctx): number => {
      if (!/^\d{1,9}$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: 'Vui lòng chọn tổ chức vay vốn.' });
        return z.NEVER;
      }
      return Number(s);
    }),
    contractNumber: optionalLine('Số hợp đồng', 100),
    principal: requiredMoneyField('Số tiền vay'),
    outstanding: requiredMoneyField('Dư nợ'),
    overdue: moneyField('Nợ quá hạn'),
    interestRate: decimalField('Lãi suất', { max: 100 }),
    purpose: optionalText('Mục đích vay', 1000),
    disbursedOn: requiredDateField('Ngày giải ngân'),
    maturesOn: dateField('Ngày đáo hạn'),
    repaidOn: dateField('Ngày tất toán'),
  })
  .superRefine((v, ctx) => {
    if (v.principal <= 0n) ctx.addIssue({ code: 'custom', path: ['principal'], message: 'Số tiền vay phải lớn hơn 0.' });
    if (v.outstanding > v.principal) ctx.addIssue({ code: 'custom', path: ['outstanding'], message: 'Dư nợ không được lớn hơn số tiền vay.' });
    if ((v.overdue ?? 0n) > v.outstanding) ctx.addIssue({ code: 'custom', path: ['overdue'], message: 'Nợ quá hạn không được lớn hơn dư nợ.' });
    if (v.maturesOn && v.maturesOn <= v.disbursedOn) ctx.addIssue({ code: 'custom', path: ['maturesOn'], message: 'Ngày đáo hạn phải sau ngày giải ngân.' });
    if (v.repaidOn && v.repaidOn < v.disbursedOn) ctx.addIssue({ code: 'custom', path: ['repaidOn'], message: 'Ngày tất toán không được trước ngày giải ngân.' });
    if (v.repaidOn && v.outstanding > 0n) ctx.addIssue({ code: 'custom', path: ['outstanding'], message: 'Khoản vay đã tất toán thì dư nợ phải bằng 0.' });
  })
  .transform((v) => ({ ...v, overdue: v.overdue ?? 0n }));

export type LoanInput = z.infer<typeof loanSchema>;
