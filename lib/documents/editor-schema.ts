import { DocumentRelationType, DocumentScope, DocumentType } from '@/lib/generated/prisma/enums';
import { checkbox, dateField, enumField, idField, optionalLine, optionalText, requiredDateField, requiredLine } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

import { sanitizeDocumentHtml } from './sanitize';

/** The fields of the legal document form, as the form sends them. */
export const DOCUMENT_FORM_FIELDS = [
  'number',
  'type',
  'scope',
  'issuingBodyId',
  'signer',
  'issuedOn',
  'effectiveOn',
  'expiredOn',
  'field',
  'abstract',
  'fullText',
  'published',
  'partlyExpired',
] as const;

export const FULL_TEXT_MAX = 500_000;

export const documentFormSchema = z
  .object({
    number: requiredLine('Nhập số hiệu văn bản, ví dụ 45/2021/NĐ-CP.', 'Số hiệu', 100),
    type: enumField(DocumentType, 'Chọn loại văn bản.'),
    scope: enumField(DocumentScope, 'Chọn phạm vi văn bản.'),
    issuingBodyId: idField('Chọn cơ quan ban hành.'),
    signer: optionalLine('Người ký', 200),
    issuedOn: requiredDateField('Ngày ban hành'),
    effectiveOn: dateField('Ngày có hiệu lực'),
    expiredOn: dateField('Ngày hết hiệu lực'),
    field: optionalLine('Lĩnh vực', 200),
    abstract: requiredLine('Nhập trích yếu văn bản.', 'Trích yếu', 1000),
    // Sanitised when saved (the public page sanitises again on every read).
    fullText: optionalText('Toàn văn', FULL_TEXT_MAX).transform((html) => {
      if (!html) return null;
      const clean = sanitizeDocumentHtml(html).trim();
      return clean || null;
    }),
    published: checkbox,
    /** The only validity an editor sets by hand (decision 0005): the rest follows from dates and relations. */
    partlyExpired: checkbox,
  })
  .superRefine((d, ctx) => {
    if (d.effectiveOn && d.effectiveOn < d.issuedOn) {
      ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: 'Ngày có hiệu lực không được trước ngày ban hành.' });
    }
    const start = d.effectiveOn ?? d.issuedOn;
    if (d.expiredOn && d.expiredOn <= start) {
      ctx.addIssue({ code: 'custom', path: ['expiredOn'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực (hoặc ngày ban hành).' });
    }
  });

export type DocumentFormData = z.infer<typeof documentFormSchema>;

export const relationFormSchema = z.object({
  toId: idField('Chọn văn bản liên quan.'),
  type: enumField(DocumentRelationType, 'Chọn quan hệ giữa hai văn bản.'),
});

export const attachmentTitleSchema = z.object({ title: optionalLine('Tên hiển thị', 300) });

/** How the editor names each relation, read as "this document … the other". */
export const relationVerbs: Record<DocumentRelationType, string> = {
  REPLACES: 'Thay thế',
  AMENDS: 'Sửa đổi, bổ sung',
  IMPLEMENTS: 'Triển khai thực hiện',
  GUIDES: 'Hướng dẫn thi hành',
  REFERENCES: 'Dẫn chiếu',
};
