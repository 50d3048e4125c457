import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { PageForm } from '@/components/workspace/pages/page-form';
import { requirePermission } from '@/lib/auth/session';
import { getPickableImages } from '@/lib/media/queries';
import { createPage } from '@/lib/pages/actions';

export const metadata = { title: 'Thêm trang' };

export default async function NewPagePage() {
  await requirePermission('page.manage');
  const images = await getPickableImages();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/trang', label: 'Trang tĩnh' }, { label: 'Thêm trang' }]} />
      <PageTitle description="Địa chỉ của trang được tạo từ tiêu đề và giữ nguyên khi sửa.">Thêm trang</PageTitle>
      <PageForm action={createPage} initial={{ published: 'on', locale: 'vi' }} images={images} submitLabel="Lưu trang" withLocale />
    </>
  );
}
