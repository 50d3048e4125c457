import { PageTitle } from '@/components/ui/page-title';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { SiteLinkForm } from '@/components/workspace/site-links/site-link-form';
import { SiteLinkList } from '@/components/workspace/site-links/site-link-list';
import { requirePermission } from '@/lib/auth/session';
import { firstParam } from '@/lib/pagination';
import { createSiteLink } from '@/lib/site-links/actions';
import { getSiteLinksForEditors } from '@/lib/site-links/queries';

export const metadata = { title: 'Menu và chân trang' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const flashes: Record<string, string> = { 'da-luu': 'Đã lưu liên kết.', 'da-xoa': 'Đã xóa liên kết.' };

export default async function SiteLinksAdminPage({ searchParams }: Props) {
  await requirePermission('menu.manage');
  const [params, lists] = await Promise.all([searchParams, getSiteLinksForEditors()]);
  const flash = flashes[firstParam(params['thong-bao']) ?? ''] ?? null;
  const parentOptions = lists.MENU.map((l) => ({ value: String(l.id), label: l.label }));

  return (
    <>
      <PageTitle description="Các liên kết của menu chính (đầu trang) và chân trang của cổng thông tin. Thay đổi hiện ngay trên mọi trang công khai.">
        Menu và chân trang
      </PageTitle>
      <FlashNotice message={flash} />

      <div className="space-y-8">
        <section aria-labelledby="menu-chinh" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="menu-chinh" className="text-xl font-semibold text-slate-900">
            Menu chính
          </h2>
          <p className="mt-1 text-slate-600">Một mục có mục con sẽ mở ra menu con; menu chỉ có một cấp con.</p>
          <div className="mt-4">
            <SiteLinkList links={lists.MENU} emptyTitle="Menu chính chưa có mục nào." />
          </div>
          <details className="mt-6 rounded-md border border-slate-200 p-4">
            <summary className="cursor-pointer font-medium text-brand-800">Thêm mục vào menu chính</summary>
            <div className="mt-4 max-w-2xl">
              <SiteLinkForm action={createSiteLink.bind(null, 'MENU')} initial={{ visible: 'on' }} parentOptions={parentOptions} submitLabel="Thêm vào menu" resetOnSuccess />
            </div>
          </details>
        </section>

        <section aria-labelledby="lien-ket-chan-trang" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="lien-ket-chan-trang" className="text-xl font-semibold text-slate-900">
            Liên kết chân trang
          </h2>
          <div className="mt-4">
            <SiteLinkList links={lists.FOOTER} emptyTitle="Chân trang chưa có liên kết nào." />
          </div>
          <details className="mt-6 rounded-md border border-slate-200 p-4">
            <summary className="cursor-pointer font-medium text-brand-800">Thêm liên kết chân trang</summary>
            <div className="mt-4 max-w-2xl">
              <SiteLinkForm action={createSiteLink.bind(null, 'FOOTER')} initial={{ visible: 'on' }} submitLabel="Thêm vào chân trang" resetOnSuccess />
            </div>
          </details>
        </section>
      </div>
    </>
  );
}
