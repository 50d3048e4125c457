/**
 * The plan target form: a year, an indicator from the known list (its label and measure come
 * with it) or "khác" with a free label and measure, the target, and, for indicators the data
 * cannot measure, the result as entered.
 */
import { isComputedIndicator, isKnownIndicator, OTHER_INDICATOR, otherIndicatorCode, PLAN_INDICATORS } from '@/lib/plans/indicators';
import { decimalField, line, optionalIdField, optionalLine, yearField } from '@/lib/support/fields';
import { z } from '@/lib/validation/zod';

const MAX_FIGURE = 1_000_000_000_000;

export const planTargetSchema = z
  .object({
    year: yearField('Năm kế hoạch là một năm từ 2000 đến 2100, ví dụ 2025.'),
    indicator: line.pipe(z.string().min(1, 'Vui lòng chọn chỉ tiêu.').max(200, 'Chỉ tiêu không hợp lệ.')),
    label: optionalLine('Tên chỉ tiêu', 300),
    measure: optionalLine('Đơn vị tính', 40),
    target: decimalField('Chỉ tiêu kế hoạch', { max: MAX_FIGURE }),
    result: decimalField('Kết quả', { max: MAX_FIGURE }),
    unitId: optionalIdField('Địa bàn không hợp lệ.'),
  })
  .superRefine((v, ctx) => {
    if (v.indicator !== OTHER_INDICATOR && !isKnownIndicator(v.indicator)) {
      ctx.addIssue({ code: 'custom', path: ['indicator'], message: 'Vui lòng chọn một chỉ tiêu trong danh sách, hoặc “Chỉ tiêu khác”.' });
    }
    if (v.indicator === OTHER_INDICATOR) {
      if (!v.label) ctx.addIssue({ code: 'custom', path: ['label'], message: 'Vui lòng ghi tên chỉ tiêu khác.' });
      if (!v.measure) ctx.addIssue({ code: 'custom', path: ['measure'], message: 'Vui lòng ghi đơn vị tính (ví dụ: cuộc, người, %).' });
    }
    if (v.target === null) ctx.addIssue({ code: 'custom', path: ['target'], message: 'Vui lòng nhập chỉ tiêu kế hoạch.' });
    else if (Number(v.target) <= 0) ctx.addIssue({ code: 'custom', path: ['target'], message: 'Chỉ tiêu kế hoạch phải lớn hơn 0.' });
  })
  .transform((v) => {
    const known = isKnownIndicator(v.indicator) ? PLAN_INDICATORS[v.indicator] : null;
    return {
      year: v.year,
      indicator: known ? v.indicator : otherIndicatorCode(v.label ?? ''),
      label: known ? known.label : (v.label ?? ''),
      measure: known ? known.measure : (v.measure ?? ''),
      target: v.target ?? '0',
      // A computed indicator's result comes from the data; anything typed for it is not kept.
      result: isComputedIndicator(v.indicator) ? null : v.result,
      unitId: v.unitId,
    };
  });

export type PlanTargetInput = z.infer<typeof planTargetSchema>;

export const copyTargetsSchema = z.object({
  year: yearField('Năm kế hoạch không hợp lệ.'),
  unitId: optionalIdField('Địa bàn không hợp lệ.'),
});
