import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { DocumentForm } from '@/components/workspace/documents/document-form';
import { requirePermission } from '@/lib/auth/session';
import { createDocument } from '@/lib/documents/actions';
import { issuerOptions, scopeOptions, typeOptions } from '@/lib/documents/editor-options';
import { getIssuingBodyOptions } from '@/lib/documents/editor-queries';

export const metadata = { title: 'Thêm văn bản' };

export default async function NewDocumentPage() {
  await requirePermission('document.manage');
  const bodies = await getIssuingBodyOptions();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/van-ban', label: 'Văn bản' }, { label: 'Thêm văn bản' }]} />
      <PageTitle description="Sau khi lưu, thêm quan hệ với văn bản khác và tệp đính kèm.">Thêm văn bản</PageTitle>
      <DocumentForm
        action={createDocument}
        initial={{ published: 'on' }}
        typeOptions={typeOptions}
        scopeOptions={scopeOptions}
        issuerOptions={issuerOptions(bodies)}
        submitLabel="Lưu văn bản"
      />
    </>
  );
}
