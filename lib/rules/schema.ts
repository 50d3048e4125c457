/**
 * The admin form of a data-entry rule. Parameters are checked per rule code (a count between 1 and
 * 1,000, a percentage between 1 and 100), and the message may only use the placeholders the check
 * fills in, so a rule can be reworded or retuned without ever breaking the check that reads it.
 */
import { RuleSeverity } from '@/lib/generated/prisma/enums';
import { cleanText } from '@/lib/members/schema';
import { z } from '@/lib/validation/zod';

import { placeholdersOf } from './message';
import type { ParamField } from './membership';

type Definition = { fields: readonly ParamField[]; placeholders: readonly string[]; params: z.ZodType<unknown> };

/** The form's input name for a parameter. */
export const paramInputName = (field: ParamField) => `param_${field.name}`;

/** A stored parameter as the form shows it: counts as they are, fractions as percentages ("30"). */
export function paramInputValue(field: ParamField, params: unknown): string {
  const raw = params && typeof params === 'object' ? (params as Record<string, unknown>)[field.name] : undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return '';
  if (field.kind === 'count') return String(raw);
  return String(Math.round(raw * 10_000) / 100).replace('.', ',');
}

function paramSchema(field: ParamField) {
  return z
    .string({ error: `Nhập ${field.label.toLowerCase()}.` })
    .transform((s, ctx): number => {
      const text = s.trim().replace(/%$/, '').trim().replace(',', '.');
      const range = `từ ${field.min} đến ${field.max}`;
      if (field.kind === 'count') {
        if (!/^\d{1,6}$/.test(text) || Number(text) < field.min || Number(text) > field.max) {
          ctx.issues.push({ code: 'custom', message: `${field.label}: nhập số nguyên ${range}.`, input: s });
          return z.NEVER;
        }
        return Number(text);
      }
      if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || Number(text) < field.min || Number(text) > field.max) {
        ctx.issues.push({ code: 'custom', message: `${field.label}: nhập phần trăm ${range}, tối đa 2 chữ số thập phân.`, input: s });
        return z.NEVER;
      }
      // Percent with two decimals → fraction with four, computed on integers (30,5 → 0.305).
      return Math.round(Number(text) * 100) / 10_000;
    });
}

export function ruleFormSchema(def: Definition) {
  const shape: Record<string, z.ZodType<number>> = {};
  for (const field of def.fields) shape[paramInputName(field)] = paramSchema(field);
  const allowed = def.placeholders.map((p) => `{${p}}`).join(', ');
  return z
    .object({
      message: z
        .string({ error: 'Nhập nội dung thông báo.' })
        .transform(cleanText)
        .pipe(z.string().min(10, 'Nội dung thông báo quá ngắn (ít nhất 10 ký tự).').max(500, 'Nội dung thông báo không quá 500 ký tự.'))
        .superRefine((s, ctx) => {
          const unknown = placeholdersOf(s).filter((p) => !def.placeholders.includes(p));
          if (unknown.length > 0) {
            ctx.addIssue({
              code: 'custom',
              message: `Không dùng được ${unknown.map((p) => `{${p}}`).join(', ')} trong thông báo của quy tắc này.${allowed ? ` Dùng được: ${allowed}.` : ''}`,
            });
          }
        }),
      severity: z.enum(RuleSeverity, { error: 'Chọn mức độ: cảnh báo hoặc chặn.' }),
      active: z
        .string()
        .optional()
        .transform((s) => s === 'on' || s === 'true'),
      legalBasis: z
        .string()
        .optional()
        .transform((s) => cleanText(s ?? ''))
        .pipe(z.string().max(300, 'Căn cứ pháp lý không quá 300 ký tự.'))
        .transform((s) => (s === '' ? null : s)),
      ...shape,
    })
    .transform((v, ctx) => {
      const params: Record<string, number> = {};
      for (const field of def.fields) params[field.name] = (v as Record<string, unknown>)[paramInputName(field)] as number;
      if (!def.params.safeParse(params).success) {
        ctx.issues.push({ code: 'custom', message: 'Tham số không hợp lệ.', path: ['_form'], input: v });
        return z.NEVER;
      }
      return { message: v.message, severity: v.severity, active: v.active, legalBasis: v.legalBasis, params };
    });
}

export const SEVERITY_LABELS: Record<RuleSeverity, string> = {
  WARN: 'Cảnh báo (vẫn lưu)',
  BLOCK: 'Chặn (không lưu)',
};
