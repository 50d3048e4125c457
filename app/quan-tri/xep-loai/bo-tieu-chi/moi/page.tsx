import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { createRatingScheme } from '@/lib/ratings/actions';
import { currentYear, findLatestScheme } from '@/lib/ratings/queries';

import { schemeFormInitial } from '../_components/initial';
import { SchemeForm } from '../_components/scheme-form';

export const metadata = { title: 'Thêm bộ tiêu chí xếp loại' };

export default async function NewRatingSchemePage() {
  await requirePermission('rating.manage');
  // Circulars usually amend the previous one: start from its criteria and bands.
  const latest = await findLatestScheme();
  const nextYear = currentYear() + 1;
  const initial = schemeFormInitial(latest, { code: '', name: '', legalBasis: '', validFromYear: String(nextYear) });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/xep-loai', label: 'Xếp loại hợp tác xã' },
          { href: '/quan-tri/xep-loai/bo-tieu-chi', label: 'Bộ tiêu chí xếp loại' },
          { label: 'Thêm bộ tiêu chí' },
        ]}
      />
      <PageTitle description={latest ? `Tiêu chí và mức xếp loại điền sẵn theo bộ ${latest.code}; sửa, thêm hoặc xóa cho đúng văn bản mới.` : undefined}>Thêm bộ tiêu chí xếp loại</PageTitle>
      <SchemeForm action={createRatingScheme} initial={initial} mode="create" />
    </>
  );
}
