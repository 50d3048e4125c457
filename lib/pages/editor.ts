import { cleanPageHtml } from '@/lib/pages/html';
import { checkbox, enumField, optionalText, requiredLine, requiredText } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

export const PAGE_BODY_MAX = 300_000;

export const pageFormSchema = z.object({
  title: requiredLine('Nhập tiêu đề trang.', 'Tiêu đề', 300),
  summary: optionalText('Tóm tắt', 1000),
  // Stored through the allow-list (lib/pages/html.ts); the public page sanitises again on read.
  body: requiredText('Nhập nội dung trang.', 'Nội dung', PAGE_BODY_MAX).transform((html, ctx) => {
    const clean = cleanPageHtml(html);
    if (!clean) {
      ctx.addIssue({ code: 'custom', message: 'Nội dung chỉ còn trống sau khi loại bỏ mã không an toàn.' });
      return z.NEVER;
    }
    return clean;
  }),
  published: checkbox,
});

export const newPageSchema = pageFormSchema.extend({ locale: enumField({ vi: 'vi', en: 'en' }, 'Chọn ngôn ngữ.') });
