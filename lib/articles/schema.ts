import { cleanLine, cleanMultiline } from '@/lib/validation/control-chars';
import { z } from '@/lib/validation/zod';

/** Input of the article editor and of the workflow actions (lib/articles/actions.ts). */

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 1000;
export const BODY_MAX = 500_000;
export const TAGS_MAX = 20;
export const ORGANIZATIONS_MAX = 30;

const tidy = z.string().transform((v) => cleanLine(v).replace(/\s+/g, ' ').trim());
const tooLong = (max: number) => `Dài quá ${max.toLocaleString('vi-VN')} ký tự.`;
const requiredLine = (max: number, required: string) => tidy.pipe(z.string().min(1, required).max(max, tooLong(max)));
const optionalLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => cleanLine(v ?? '').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, tooLong(max)))
    .transform((v) => v || null);

const id = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{1,9}$/, message)
    .transform(Number);

const optionalId = (message: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{1,9}$/.test(v)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(v);
    });

export const articleSchema = z.object({
  title: requiredLine(TITLE_MAX, 'Vui lòng nhập tiêu đề.'),
  summary: z
    .string()
    .transform((v) => cleanMultiline(v).replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Vui lòng nhập tóm tắt (sapo).').max(SUMMARY_MAX, `Tóm tắt dài quá ${SUMMARY_MAX.toLocaleString('vi-VN')} ký tự.`)),
  categoryId: id('Vui lòng chọn chuyên mục.'),
  body: z
    .string()
    .max(BODY_MAX, 'Nội dung quá dài.')
    .transform((v) => cleanMultiline(v)),
  coverMediaId: optionalId('Ảnh đại diện không hợp lệ.'),
  coverCaption: optionalLine(300),
  sourceLine: optionalLine(200),
  tags: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const tags = [...new Set((v ?? '').split(/[,;\n]/).map((t) => cleanLine(t).replace(/\s+/g, ' ').trim()).filter(Boolean))];
      if (tags.length > TAGS_MAX) ctx.addIssue({ code: 'custom', message: `Tối đa ${TAGS_MAX} từ khóa.` });
      if (tags.some((t) => t.length > 60)) ctx.addIssue({ code: 'custom', message: 'Mỗi từ khóa dài tối đa 60 ký tự.' });
      return tags;
    }),
  organizationIds: z
    .array(z.string().regex(/^\d{1,9}$/, 'Hợp tác xã liên kết không hợp lệ.').transform(Number))
    .max(ORGANIZATIONS_MAX, `Liên kết tối đa ${ORGANIZATIONS_MAX} tổ chức.`)
    .transform((ids) => [...new Set(ids)]),
  featured: z.boolean(),
  commentsEnabled: z.boolean(),
});

export type ArticleInput = z.infer<typeof articleSchema>;

/** "2026-12-01T08:30" typed in a datetime-local field: Vietnam time (UTC+7, no daylight saving). */
export function parseVietnamDateTime(value: string | undefined | null): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The value a datetime-local field shows for a moment, in Vietnam time. */
export function toVietnamDateTimeInput(date: Date | null | undefined): string {
  if (!date) return '';
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

const reason = z
  .string()
  .optional()
  .transform((v) => cleanMultiline(v ?? '').trim())
  .pipe(z.string().max(1000, 'Lý do dài quá 1.000 ký tự.'));

const when = z.enum(['now', 'later'], { error: 'Vui lòng chọn thời điểm.' });

export const publishSchema = z.object({ when, at: z.string().optional(), reason });
export const unpublishSchema = z.object({ when, at: z.string().optional(), reason });
export const returnSchema = z.object({
  reason: reason.pipe(z.string().min(1, 'Vui lòng nêu lý do trả lại để người viết biết cần sửa gì.')),
});
