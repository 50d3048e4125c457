import { UnitLevel } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';

import { parseIsoDate } from './dates';
import { unitTypesByLevel } from './labels';
import { cleanLine, cleanMultiline } from '@/lib/validation/control-chars';

/** Input of the administrative-unit forms (server actions and forms share the messages). */

const nfcTrim = (value: string) => cleanLine(value).trim();

export const unitCode = z
  .string({ error: 'Vui lòng nhập mã đơn vị.' })
  .transform(nfcTrim)
  .pipe(
    z
      .string()
      .min(1, 'Vui lòng nhập mã đơn vị.')
      .max(20, 'Mã đơn vị dài quá 20 ký tự.')
      .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang.'),
  );

export const unitName = z
  .string({ error: 'Vui lòng nhập tên đơn vị.' })
  .transform(nfcTrim)
  .pipe(z.string().min(1, 'Vui lòng nhập tên đơn vị.').max(120, 'Tên đơn vị dài quá 120 ký tự.'));

const unitType = z.string({ error: 'Vui lòng chọn loại đơn vị.' }).transform(nfcTrim).pipe(z.string().min(1, 'Vui lòng chọn loại đơn vị.'));

const level = z.enum(UnitLevel, { error: 'Vui lòng chọn cấp đơn vị.' });

/** A calendar date from <input type="date"> ("2025-07-01"). */
export const dateField = (required = 'Vui lòng nhập ngày.') =>
  z.string({ error: required }).transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const date = parseIsoDate(value);
    if (!date || date.getUTCFullYear() < 1945 || date.getUTCFullYear() > 2100) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ.' });
      return z.NEVER;
    }
    return date;
  });

/** An id from a <select>; empty means none. */
export const optionalId = (message = 'Lựa chọn không hợp lệ.') =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      if (!/^\d{1,9}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(value);
    });

function typeFitsLevel(value: { level: UnitLevel; type: string }, ctx: z.RefinementCtx) {
  if (!unitTypesByLevel[value.level].includes(value.type)) {
    ctx.addIssue({
      code: 'custom',
      path: ['type'],
      message: `Loại đơn vị không phù hợp với cấp đã chọn (${unitTypesByLevel[value.level].join(', ')}).`,
    });
  }
}

const newUnitFields = {
  code: unitCode,
  name: unitName,
  type: unitType,
  level,
  parentId: optionalId('Đơn vị cấp trên không hợp lệ.'),
};

export const createUnitSchema = z
  .object({ ...newUnitFields, validFrom: dateField('Vui lòng nhập ngày có hiệu lực.') })
  .superRefine(typeFitsLevel);

export type CreateUnitInput = z.infer<typeof createUnitSchema>;

/** Rename: name and type only; the level, code and dates of a unit are its identity. */
export const renameUnitSchema = z.object({ name: unitName, type: unitType });

export const closeUnitSchema = z.object({ validTo: dateField('Vui lòng nhập ngày đóng (ngày cuối cùng đơn vị còn hiệu lực).') });

/** A share typed in percent ("40", "33,5"), stored as a fraction with four decimals. */
const sharePercent = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim().replace(',', '.');
    if (!text) return null;
    const n = Number(text);
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || !(n > 0 && n <= 100)) {
      ctx.addIssue({ code: 'custom', message: 'Tỷ lệ là số phần trăm lớn hơn 0 và không quá 100.' });
      return z.NEVER;
    }
    return n;
  });

export const mergeUnitsSchema = z
  .object({
    predecessorIds: z
      .array(z.string().regex(/^\d{1,9}$/, 'Đơn vị cũ không hợp lệ.').transform(Number), { error: 'Vui lòng chọn các đơn vị cũ.' })
      .min(1, 'Vui lòng chọn ít nhất một đơn vị cũ.')
      .max(50, 'Chọn tối đa 50 đơn vị cũ mỗi lần.'),
    shares: z.record(z.string(), sharePercent),
    target: z.enum(['existing', 'new'], { error: 'Vui lòng chọn đơn vị mới là đơn vị có sẵn hay tạo mới.' }),
    successorId: optionalId('Đơn vị mới không hợp lệ.'),
    newUnit: z.object({
      code: z.string().optional(),
      name: z.string().optional(),
      type: z.string().optional(),
      level: z.string().optional(),
      parentId: z.string().optional(),
    }),
    effectiveOn: dateField('Vui lòng nhập ngày sáp nhập có hiệu lực.'),
    note: z
      .string()
      .optional()
      .transform((value) => (value ? cleanMultiline(value).trim() : '') || null)
      .pipe(z.string().max(500, 'Ghi chú dài quá 500 ký tự.').nullable()),
    moveOrganizations: z.boolean(),
    moveUsers: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.target === 'existing' && value.successorId == null) {
      ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'Vui lòng chọn đơn vị mới.' });
    }
    if (value.successorId != null && value.target === 'existing' && value.predecessorIds.includes(value.successorId)) {
      ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'Đơn vị mới không được là một trong các đơn vị cũ.' });
    }
    if (new Set(value.predecessorIds).size !== value.predecessorIds.length) {
      ctx.addIssue({ code: 'custom', path: ['predecessorIds'], message: 'Mỗi đơn vị cũ chỉ chọn một lần.' });
    }
  });

/** The new unit of a merge, created in the same form: checked only when target is "new". */
export const mergeNewUnitSchema = z.object(newUnitFields).superRefine(typeFitsLevel);

export type MergeUnitsInput = z.infer<typeof mergeUnitsSchema>;
