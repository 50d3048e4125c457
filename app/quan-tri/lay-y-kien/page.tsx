import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { getConsultations } from '@/lib/consultations/queries';
import { consultationPhase, phaseLabels } from '@/lib/consultations/schema';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';

export const metadata = { title: 'Lấy ý kiến dự thảo' };

export default async function ConsultationsAdminPage() {
  await requirePermission('document.manage');
  const consultations = await getConsultations();
  const today = todayIsoInVietnam();
  return (
    <>
      <PageTitle description="Mở đợt lấy ý kiến từ trang sửa văn bản (mục «Lấy ý kiến dự thảo»); ở đây đọc góp ý và công bố bản tổng hợp.">Lấy ý kiến dự thảo</PageTitle>
      {consultations.length === 0 ? (
        <EmptyState title="Chưa có đợt lấy ý kiến nào." />
      ) : (
        <Table caption="Các đợt lấy ý kiến">
          <thead>
            <tr>
              <Th>Dự thảo</Th>
              <Th>Thời gian</Th>
              <Th>Góp ý</Th>
              <Th>Tình trạng</Th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/quan-tri/lay-y-kien/${c.id}`} className="font-medium text-brand-800 hover:underline">
                    {documentTypeLabels[c.legalDocument.type]} {c.legalDocument.number}
                  </Link>
                  <span className="block text-sm text-slate-600">{c.legalDocument.abstract}</span>
                </Td>
                <Td className="whitespace-nowrap">
                  {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
                </Td>
                <Td>{formatNumber(c._count.comments)}</Td>
                <Td>
                  <Badge tone={consultationPhase(c, today) === 'open' ? 'brand' : 'muted'}>{phaseLabels[consultationPhase(c, today)]}</Badge>
                  {c.summaryPublishedAt ? <span className="mt-1 block text-sm text-slate-600">Đã công bố tổng hợp</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
