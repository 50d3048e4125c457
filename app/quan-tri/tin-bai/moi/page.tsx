import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { createArticle } from '@/lib/articles/actions';
import { getCategories } from '@/lib/articles/queries';
import { getPickableImages } from '@/lib/media/queries';
import { requirePermission } from '@/lib/auth/session';

import { ArticleForm } from '../article-form';

export const metadata = { title: 'Viết tin bài mới' };

export default async function NewArticlePage() {
  await requirePermission('article.write');
  const [categories, images] = await Promise.all([getCategories(), getPickableImages()]);
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/tin-bai', label: 'Tin bài' }, { label: 'Viết tin bài mới' }]} />
      <PageTitle description="Bài được lưu thành bản nháp; gửi duyệt khi đã xong.">Viết tin bài mới</PageTitle>
      <ArticleForm
        action={createArticle}
        initial={{ title: '', summary: '', categoryId: '', body: '', coverCaption: '', sourceLine: '', tags: '', featured: '', commentsEnabled: '' }}
        categories={categories.map((c) => ({ value: String(c.id), label: c.name }))}
        images={images}
        cover={null}
        organizations={[]}
        submitLabel="Lưu nháp"
      />
    </>
  );
}
