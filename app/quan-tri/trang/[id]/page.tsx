import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { PageForm } from '@/components/workspace/pages/page-form';
import { requirePermission } from '@/lib/auth/session';
import { updatePage } from '@/lib/pages/actions';
import { getPageForEditor, pagePath } from '@/lib/pages/queries';
import { getPickableImages } from '@/lib/media/queries';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Sửa trang' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPagePage({ params, searchParams }: Props) {
  await requirePermission('page.manage');
  const [page, images] = await Promise.all([getPageForEditor(Number((await params).id)), getPickableImages()]);
  if (!page) notFound();
  const created = firstParam((await searchParams)['thong-bao']) === 'da-tao';
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/trang', label: 'Trang tĩnh' }, { label: page.title }]} />
      <PageTitle
        description={
          <Link href={pagePath(page)} className="text-brand-800 underline">
            {`Xem trang ${pagePath(page)}`}
          </Link>
        }
      >
        {page.title}
      </PageTitle>
      <FlashNotice message={created ? 'Đã tạo trang.' : null} />
      <PageForm
        action={updatePage.bind(null, page.id)}
        initial={{ title: page.title, summary: page.summary ?? '', body: page.body, published: page.published ? 'on' : '' }}
        images={images}
        submitLabel="Lưu trang"
        withLocale={false}
      />
    </>
  );
}
