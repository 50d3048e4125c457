import Link from 'next/link';

import { ReportStateBadge } from '@/components/reports/state-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { requireOrganization } from '@/lib/organizations/access';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { getOrganizationReportHistory } from '@/lib/reports/queries';

export const metadata = { title: 'Tổ chức của tôi' };

export default async function MyOrganizationPage() {
  const me = await requirePermission('organization.own');
  if (me.organizationId == null) {
    return (
      <>
        <PageTitle>Tổ chức của tôi</PageTitle>
        <EmptyState title="Tài khoản chưa gắn với tổ chức nào.">Liên hệ cán bộ Liên minh để được gắn với tổ chức của bạn.</EmptyState>
      </>
    );
  }
  const { org } = await requireOrganization('organization.own', me.organizationId);
  const [detail, periods] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: org.id },
      select: { address: true, registrationNumber: true, leaderName: true, unit: { select: { type: true, name: true } } },
    }),
    getOrganizationReportHistory(org.id),
  ]);

  return (
    <>
      <PageTitle description={`${ORG_KIND_LABELS[org.kind]} · ${detail.unit.type} ${detail.unit.name} · ${ORG_STATUS_LABELS[org.status]}`}>{org.name}</PageTitle>
      <dl className="mb-8 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-medium text-slate-600">Mã số đăng ký</dt>
          <dd>{detail.registrationNumber ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Người đại diện theo pháp luật</dt>
          <dd>{detail.leaderName ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Địa chỉ</dt>
          <dd>{detail.address ?? '—'}</dd>
        </div>
      </dl>

      <h2 className="mb-3 text-xl font-bold">Báo cáo định kỳ</h2>
      {periods.length > 0 ? (
        <Table caption="Báo cáo định kỳ của tổ chức theo kỳ">
          <thead>
            <tr>
              <Th>Kỳ báo cáo</Th>
              <Th>Hạn nộp</Th>
              <Th>Trạng thái</Th>
              <Th>Việc cần làm</Th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => {
              const r = p.reports[0];
              const href = `/quan-tri/bao-cao/${p.id}/${org.id}`;
              const todo = !r || r.state === 'DRAFT' || r.state === 'RETURNED';
              return (
                <tr key={p.id}>
                  <Td className="font-medium">Kỳ {formatPeriod(p.kind, p.year)}</Td>
                  <Td>{formatDate(p.deadline)}</Td>
                  <Td>
                    {r ? <ReportStateBadge state={r.state} entered={r.enteredAt != null} /> : <span className="text-slate-600">Không phải nộp</span>}
                    {r?.state === 'RETURNED' && r.returnReason ? (
                      <span className="mt-1 block text-sm text-slate-800">
                        Lý do trả lại: {r.returnReason}
                      </span>
                    ) : null}
                  </Td>
                  <Td>
                    {r ? (
                      <Link href={href} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                        {todo ? (r.state === 'RETURNED' ? `Sửa và gửi lại báo cáo kỳ ${formatPeriod(p.kind, p.year)}` : `Nhập và gửi báo cáo kỳ ${formatPeriod(p.kind, p.year)}`) : `Xem báo cáo kỳ ${formatPeriod(p.kind, p.year)}`}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có kỳ báo cáo nào được mở." />
      )}

      <h2 className="mt-8 mb-3 text-xl font-bold">Tự đánh giá xếp loại</h2>
      <p className="text-slate-700">
        Phiếu tự đánh giá theo bộ tiêu chí xếp loại hợp tác xã, theo từng năm:{' '}
        <Link href="/quan-tri/xep-loai" className="font-medium text-brand-800 underline-offset-2 hover:underline">
          xem và nhập phiếu tự đánh giá
        </Link>
        .
      </p>
    </>
  );
}
