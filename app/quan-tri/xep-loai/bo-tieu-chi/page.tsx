import Link from 'next/link';

import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { ORG_KIND_SHORT, RATING_LABELS } from '@/lib/organizations/sectors';
import { pointsText, toHundredths } from '@/lib/ratings/compute';
import { getSchemeList } from '@/lib/ratings/queries';

export const metadata = { title: 'Bộ tiêu chí xếp loại' };

const pts = (d: { toString(): string } | null) => (d == null ? null : pointsText(toHundredths(Number(d.toString()))));

export default async function RatingSchemesPage() {
  await requirePermission('rating.manage');
  const schemes = await getSchemeList();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/xep-loai', label: 'Xếp loại hợp tác xã' }, { label: 'Bộ tiêu chí xếp loại' }]} />
      <PageTitle description="Tiêu chí, thang điểm và các mức xếp loại theo thông tư hiện hành. Khi thông tư thay đổi, thêm bộ tiêu chí mới áp dụng từ một năm: bộ cũ tự dừng ở năm trước đó, không cần sửa phần mềm.">
        Bộ tiêu chí xếp loại
      </PageTitle>
      <div className="mb-6">
        <ButtonLink href="/quan-tri/xep-loai/bo-tieu-chi/moi">Thêm bộ tiêu chí</ButtonLink>
      </div>
      {schemes.length > 0 ? (
        <Table caption="Các bộ tiêu chí xếp loại">
          <thead>
            <tr>
              <Th className="min-w-72">Bộ tiêu chí</Th>
              <Th>Loại hình</Th>
              <Th>Hiệu lực</Th>
              <Th>Tiêu chí</Th>
              <Th className="min-w-56">Mức xếp loại</Th>
              <Th className="text-right">Phiếu đã xác nhận</Th>
            </tr>
          </thead>
          <tbody>
            {schemes.map((s) => (
              <tr key={s.id}>
                <Td>
                  <Link href={`/quan-tri/xep-loai/bo-tieu-chi/${s.id}`} className="font-medium text-brand-800 underline hover:text-brand-900">
                    {s.name}
                  </Link>
                  <code className="block text-sm text-slate-600">{s.code}</code>
                </Td>
                <Td className="whitespace-nowrap">{s.orgKinds.length > 0 ? s.orgKinds.map((k) => ORG_KIND_SHORT[k]).join(', ') : 'Mọi loại hình'}</Td>
                <Td className="whitespace-nowrap">
                  Từ {formatDate(s.validFrom)}
                  {s.validTo ? <span className="block">đến {formatDate(s.validTo)}</span> : null}
                </Td>
                <Td className="whitespace-nowrap">
                  {s._count.criteria} tiêu chí, {s.maxPoints} điểm
                </Td>
                <Td>
                  {s.bands
                    .filter((b) => b.rating !== 'NOT_RATED')
                    .map((b) => `${RATING_LABELS[b.rating]}: ${b.maxPoints == null ? `từ ${pts(b.minPoints)}` : `${pts(b.minPoints)} – dưới ${pts(b.maxPoints)}`}`)
                    .join('; ')}
                </Td>
                <Td className="text-right tabular-nums">{formatNumber(s.used.confirmed)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có bộ tiêu chí nào." />
      )}
    </>
  );
}
