import { optionalLine, optionalText, requiredLine } from '@/lib/validation/text-fields';
import { z } from '@/lib/validation/zod';

/** Alt text and caption of a media file; an image must say what it shows (WCAG 1.1.1). */
export function mediaTextSchema(isImage: boolean) {
  return z.object({
    altText: isImage ? requiredLine('Nhập mô tả ảnh (văn bản thay thế) cho người không xem được ảnh.', 'Mô tả ảnh', 300) : optionalLine('Mô tả', 300),
    caption: optionalText('Chú thích', 500),
  });
}
