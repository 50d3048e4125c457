/**
 * Forms of the rating area: a rating scheme (criteria and bands as rows of the form), the
 * self-assessment's note, and the reasons for returning or unlocking. Pure: no database.
 */
import type { FieldErrors } from '@/lib/actions/state';
import { OrgKind, type Rating } from '@/lib/generated/prisma/enums';
import { cleanText } from '@/lib/members/schema';
import { z } from '@/lib/validation/zod';

import { type Band, fromHundredths, parsePoints, schemeProblems } from './compute';

export const RATED_BANDS: readonly Band['rating'][] = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK'];
export const ORG_KINDS = Object.values(OrgKind);

/** Input names of the scheme form. Kinds are one checkbox each: formValues keeps one value per name. */
export const kindInput = (kind: OrgKind) => `kind_${kind}`;
export const bandInput = (rating: Rating, edge: 'min' | 'max') => `band_${rating}_${edge}`;
export const criterionInput = (index: number, field: 'group' | 'title' | 'points') => `criteria.${index}.${field}`;
export const scoreInput = (criterionId: number) => `c_${criterionId}`;

export const MAX_CRITERIA = 60;

export type SchemeInput = {
  code: string;
  name: string;
  legalBasis: string;
  maxPoints: number;
  minMonthsOperating: number;
  maxMonthsStopped: number;
  orgKinds: OrgKind[];
  validFromYear: number;
  criteria: { groupName: string; title: string; maxPoints: number }[];
  bands: Band[];
};

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Nhập ${label}.` })
    .transform(cleanText)
    .pipe(z.string().min(min, min <= 1 ? `Nhập ${label}.` : `${label[0].toUpperCase()}${label.slice(1)} quá ngắn (ít nhất ${min} ký tự).`).max(max, `${label[0].toUpperCase()}${label.slice(1)} không quá ${max} ký tự.`));

const whole = (label: string, min: number, max: number) =>
  z
    .string({ error: `Nhập ${label}.` })
    .transform((s) => s.trim())
    .refine((s) => /^\d{1,4}$/.test(s) && Number(s) >= min && Number(s) <= max, `${label[0].toUpperCase()}${label.slice(1)}: nhập số nguyên từ ${min} đến ${max}.`)
    .transform(Number);

const schemeScalars = z.object({
  code: z
    .string({ error: 'Nhập mã bộ tiêu chí.' })
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._-]{1,39}$/, 'Mã bộ tiêu chí gồm 2–40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang (ví dụ TT01-2020).')),
  name: text('tên bộ tiêu chí', 5, 300),
  legalBasis: text('căn cứ pháp lý', 5, 500),
  maxPoints: whole('điểm tối đa', 1, 999),
  minMonthsOperating: whole('số tháng hoạt động tối thiểu', 0, 120),
  maxMonthsStopped: whole('số tháng ngừng hoạt động tối đa', 0, 12),
  validFromYear: whole('năm bắt đầu áp dụng', 2000, 2100),
});

export type SchemeParse = { ok: true; data: SchemeInput } | { ok: false; fieldErrors: FieldErrors; message: string };

/**
 * The scheme form, rows and all. Criteria rows are read in index order and blank rows are skipped,
 * so removing a row in the browser leaves no hole; a band is used when its "from" is filled in.
 */
export function parseSchemeForm(values: Record<string, string>, options: { fixed?: { code: string; validFromYear: number } } = {}): SchemeParse {
  const fieldErrors: FieldErrors = {};
  const scalars = schemeScalars.safeParse({
    ...values,
    ...(options.fixed ? { code: options.fixed.code, validFromYear: String(options.fixed.validFromYear) } : {}),
  });
  if (!scalars.success) {
    for (const issue of scalars.error.issues) fieldErrors[issue.path.map(String).join('.') || '_form'] ??= issue.message;
  }

  const orgKinds = ORG_KINDS.filter((k) => values[kindInput(k)] === 'on');

  const indexes = [
    ...new Set(
      Object.keys(values)
        .map((k) => /^criteria\.(\d{1,3})\./.exec(k)?.[1])
        .filter((i): i is string => i !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const criteria: SchemeInput['criteria'] = [];
  for (const i of indexes) {
    const group = cleanText(values[criterionInput(i, 'group')] ?? '');
    const title = cleanText(values[criterionInput(i, 'title')] ?? '');
    const points = (values[criterionInput(i, 'points')] ?? '').trim();
    if (!group && !title && !points) continue;
    const n = criteria.length + 1;
    if (!group) fieldErrors[criterionInput(i, 'group')] = `Tiêu chí ${n}: nhập nhóm tiêu chí.`;
    else if (group.length > 200) fieldErrors[criterionInput(i, 'group')] = `Tiêu chí ${n}: tên nhóm không quá 200 ký tự.`;
    if (!title) fieldErrors[criterionInput(i, 'title')] = `Tiêu chí ${n}: nhập nội dung tiêu chí.`;
    else if (title.length > 500) fieldErrors[criterionInput(i, 'title')] = `Tiêu chí ${n}: nội dung không quá 500 ký tự.`;
    if (!/^\d{1,3}$/.test(points) || Number(points) < 1) fieldErrors[criterionInput(i, 'points')] = `Tiêu chí ${n}: điểm tối đa là số nguyên từ 1 trở lên.`;
    criteria.push({ groupName: group, title, maxPoints: Number(points) || 0 });
  }
  if (criteria.length > MAX_CRITERIA) fieldErrors._form = `Bộ tiêu chí có tối đa ${MAX_CRITERIA} tiêu chí.`;

  const bands: Band[] = [];
  for (const rating of RATED_BANDS) {
    const minText = (values[bandInput(rating, 'min')] ?? '').trim();
    const maxText = (values[bandInput(rating, 'max')] ?? '').trim();
    if (!minText && !maxText) continue;
    const min = minText ? parsePoints(minText) : null;
    const max = maxText ? parsePoints(maxText) : null;
    if (min == null) fieldErrors[bandInput(rating, 'min')] = 'Nhập điểm “từ” (số, tối đa 2 chữ số thập phân), hoặc để trống cả hai ô nếu không dùng mức này.';
    if (maxText && max == null) fieldErrors[bandInput(rating, 'max')] = 'Điểm “đến dưới”: nhập số (tối đa 2 chữ số thập phân), hoặc để trống nếu không giới hạn trên.';
    if (min != null) bands.push({ rating, minPoints: fromHundredths(min), maxPoints: max == null ? null : fromHundredths(max) });
  }

  if (Object.keys(fieldErrors).length > 0 || !scalars.success) {
    return { ok: false, fieldErrors, message: fieldErrors._form ?? 'Vui lòng kiểm tra lại các trường được đánh dấu.' };
  }
  const problems = schemeProblems(
    scalars.data.maxPoints,
    criteria.map((c) => c.maxPoints),
    bands,
  );
  if (problems.length > 0) return { ok: false, fieldErrors: { _form: problems.join(' ') }, message: problems.join(' ') };
  return { ok: true, data: { ...scalars.data, orgKinds, criteria, bands } };
}

export const noteSchema = z
  .string()
  .optional()
  .transform((s) => cleanText(s ?? ''))
  .pipe(z.string().max(1000, 'Ghi chú không quá 1.000 ký tự.'))
  .transform((s) => (s === '' ? null : s));

export const reasonSchema = (what: string) =>
  z
    .string({ error: `Nhập lý do ${what}.` })
    .transform(cleanText)
    .pipe(z.string().min(5, `Nhập lý do ${what} (ít nhất 5 ký tự).`).max(1000, `Lý do ${what} không quá 1.000 ký tự.`));
