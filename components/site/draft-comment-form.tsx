'use client';

import { PublicCommentForm, type PublicFormField } from '@/components/site/public-comment-form';
import { submitDraftComment } from '@/lib/consultations/actions';

const FIELDS: readonly PublicFormField[] = [
  { name: 'name', label: 'Họ và tên (hoặc cơ quan, đơn vị)', required: true, maxLength: 100, autoComplete: 'name' },
  { name: 'contact', label: 'Điện thoại hoặc email', required: true, maxLength: 200 },
  { name: 'comment', label: 'Ý kiến góp ý', required: true, multiline: true, maxLength: 10_000 },
];

/** The public comment form of a draft document (Lấy ý kiến dự thảo). */
export function DraftCommentForm({ slug }: { slug: string }) {
  return <PublicCommentForm action={submitDraftComment.bind(null, slug)} fields={FIELDS} submitLabel="Gửi góp ý" />;
}
