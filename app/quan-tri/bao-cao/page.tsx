import Link from 'next/link';

import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { getPeriodSummaries } from '@/lib/reports/queries';

export const metadata = { title: 'Báo cáo định kỳ' };

export default async function ReportsPage() {
  // Lists many organizations: never open to an organization's representative.
  const user = await requirePermission('report.monitor');
  const periods = await getPeriodSummaries(user);
  return (
    <>
      <PageTitle description="Báo cáo 6 tháng và cả năm của từng tổ chức: nhập, gửi, duyệt hoặc trả lại. Số báo cáo tính trong phạm vi bạn phụ trách.">
        Báo cáo định kỳ
      </PageTitle>
      {roleHas(user.role, 'period.manage') ? (
        <p className="mb-4">
          <Link href="/quan-tri/ky-bao-cao" className="font-medium text-brand-800 hover:underline">
            Quản lý kỳ báo cáo và hạn nộp ›
          </Link>
        </p>
      ) : null}
      {periods.length > 0 ? (
        <Table caption="Các kỳ báo cáo và số báo cáo theo trạng thái">
          <thead>
            <tr>
              <Th>Kỳ báo cáo</Th>
              <Th>Hạn nộp</Th>
              <Th className="text-right">Phải nộp</Th>
              <Th className="text-right">Chưa nhập</Th>
              <Th className="text-right">Bản nháp</Th>
              <Th className="text-right">Đã gửi</Th>
              <Th className="text-right">Trả lại</Th>
              <Th className="text-right">Đã duyệt</Th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <Td className="font-medium">
                  {p.openedAt ? (
                    <Link href={`/quan-tri/bao-cao/${p.id}`} className="text-brand-800 underline-offset-2 first-letter:uppercase hover:underline">
                      Kỳ {formatPeriod(p.kind, p.year)}
                    </Link>
                  ) : (
                    <span>
                      Kỳ {formatPeriod(p.kind, p.year)} <span className="text-sm text-slate-600">(chưa mở)</span>
                    </span>
                  )}
                </Td>
                <Td>{formatDate(p.deadline)}</Td>
                <Td className="text-right">{formatNumber(p.expected)}</Td>
                <Td className="text-right">{formatNumber(p.notEntered)}</Td>
                <Td className="text-right">{formatNumber(p.draft)}</Td>
                <Td className="text-right">{formatNumber(p.submitted)}</Td>
                <Td className="text-right">{formatNumber(p.returned)}</Td>
                <Td className="text-right">{formatNumber(p.approved)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có kỳ báo cáo nào." />
      )}
    </>
  );
}
