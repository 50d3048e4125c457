import { checkbox, idField, requiredLine, requiredText } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

/** A whole number 0–9999 ('' is 0): where an item sorts among its siblings. */
const ordinal = z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string()).transform((s, ctx): number => {
  if (!s) return 0;
  if (!/^\d{1,4}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'Thứ tự là số nguyên từ 0 đến 9999.' });
    return z.NEVER;
  }
  return Number(s);
});

export const faqTopicSchema = z.object({
  name: requiredLine('Nhập tên chủ đề.', 'Tên chủ đề', 200),
  ordinal,
});

export const faqQuestionSchema = z.object({
  topicId: idField('Chọn chủ đề.'),
  question: requiredText('Nhập câu hỏi.', 'Câu hỏi', 1000),
  answer: requiredText('Nhập câu trả lời.', 'Câu trả lời', 20_000),
  published: checkbox,
  ordinal,
});
