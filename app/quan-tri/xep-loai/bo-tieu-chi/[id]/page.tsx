import { notFound } from 'next/navigation';

import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { parseRecordId } from '@/lib/members/queries';
import { updateRatingScheme } from '@/lib/ratings/actions';
import { getScheme, schemeUsage } from '@/lib/ratings/queries';

import { schemeFormInitial } from '../_components/initial';
import { SchemeForm } from '../_components/scheme-form';
import { SchemeSummary } from '../_components/scheme-summary';

export const metadata = { title: 'Bộ tiêu chí xếp loại' };

export default async function RatingSchemePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('rating.manage');
  const { id } = await params;
  const schemeId = parseRecordId(id);
  const scheme = schemeId ? await getScheme(schemeId) : null;
  if (!scheme) notFound();
  const used = (await schemeUsage(scheme.id)).get(scheme.id) ?? { confirmed: 0, all: 0 };
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/xep-loai', label: 'Xếp loại hợp tác xã' },
          { href: '/quan-tri/xep-loai/bo-tieu-chi', label: 'Bộ tiêu chí xếp loại' },
          { label: scheme.code },
        ]}
      />
      <PageTitle description={`${scheme.legalBasis}. Áp dụng từ ${formatDate(scheme.validFrom)}${scheme.validTo ? ` đến ${formatDate(scheme.validTo)}` : ''}.`}>{scheme.name}</PageTitle>
      {used.confirmed > 0 ? (
        <div className="space-y-6">
          <Notice title="Không sửa được bộ tiêu chí này">
            Bộ tiêu chí đã dùng cho {formatNumber(used.confirmed)} phiếu xếp loại đã xác nhận; các phiếu đó phải giữ nguyên tiêu chí và thang điểm đã xác nhận. Khi có quy định mới, hãy thêm bộ tiêu chí mới áp dụng từ năm sau.
          </Notice>
          <SchemeSummary scheme={scheme} />
        </div>
      ) : (
        <>
          {used.all > 0 ? (
            <p className="mb-4 text-slate-700">
              {formatNumber(used.all)} phiếu tự đánh giá chưa xác nhận dùng bộ tiêu chí này: điểm đã chấm được giữ, tổng điểm và xếp loại được tính lại theo thang mới.
            </p>
          ) : null}
          <SchemeForm action={updateRatingScheme.bind(null, scheme.id)} initial={schemeFormInitial(scheme)} mode="edit" />
        </>
      )}
    </>
  );
}
