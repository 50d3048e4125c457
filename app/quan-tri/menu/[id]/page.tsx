import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { SiteLinkForm } from '@/components/workspace/site-links/site-link-form';
import { requirePermission } from '@/lib/auth/session';
import { updateSiteLink } from '@/lib/site-links/actions';
import { getMenuParents, getSiteLinkForEditor } from '@/lib/site-links/queries';
import { locationLabels } from '@/lib/site-links/schema';

export const metadata = { title: 'Sửa liên kết' };

type Props = { params: Promise<{ id: string }> };

export default async function EditSiteLinkPage({ params }: Props) {
  await requirePermission('menu.manage');
  const link = await getSiteLinkForEditor(Number((await params).id));
  if (!link) notFound();
  // Only menu entries without a submenu of their own can go under another entry (one level).
  const canNest = link.location === 'MENU' && link._count.children === 0;
  const parents = canNest ? await getMenuParents(link.id) : [];
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/menu', label: 'Menu và chân trang' }, { label: 'Sửa liên kết' }]} />
      <PageTitle description={`${locationLabels[link.location]}: «${link.label}».`}>Sửa liên kết</PageTitle>
      {link.location === 'MENU' && !canNest ? (
        <p className="mb-4 max-w-2xl text-slate-700">Mục này có {link._count.children} mục con nên luôn ở cấp đầu của menu.</p>
      ) : null}
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <SiteLinkForm
          action={updateSiteLink.bind(null, link.id)}
          initial={{ label: link.label, href: link.href, parentId: link.parentId ? String(link.parentId) : '', visible: link.visible ? 'on' : '' }}
          parentOptions={canNest ? parents.map((p) => ({ value: String(p.id), label: p.label })) : undefined}
          submitLabel="Lưu liên kết"
        />
      </div>
    </>
  );
}
