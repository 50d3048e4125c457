'use client';

import { PublicCommentForm, type PublicFormField } from '@/components/site/public-comment-form';
import { submitArticleComment } from '@/lib/comments/actions';
import { COMMENT_LIMITS } from '@/lib/comments/fields';

const FIELDS: readonly PublicFormField[] = [
  { name: 'name', label: 'Họ và tên', required: true, maxLength: COMMENT_LIMITS.name, autoComplete: 'name' },
  {
    name: 'contact',
    label: 'Email hoặc điện thoại (không công khai)',
    hint: 'Không bắt buộc; chỉ Ban biên tập xem, để liên hệ khi cần.',
    maxLength: COMMENT_LIMITS.contact,
    autoComplete: 'email',
  },
  { name: 'body', label: 'Bình luận', required: true, multiline: true, maxLength: COMMENT_LIMITS.body },
];

/**
 * The comment form under an article: a client component posting a server action, so the article
 * page around it stays one cached page.
 */
export function ArticleCommentForm({ slug }: { slug: string }) {
  return <PublicCommentForm action={submitArticleComment.bind(null, slug)} fields={FIELDS} submitLabel="Gửi bình luận" />;
}
