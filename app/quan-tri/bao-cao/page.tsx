import { EmptyState } from '@/components/ui/empty-state';
import { UnderConstruction } from '@/components/ui/notice';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { getReportingPeriods } from '@/lib/workspace/queries';

export const metadata = { title: 'Báo cáo định kỳ' };

export default async function ReportsPage() {
  await requirePermission('report.submit');
  const periods = await getReportingPeriods();
  return (
    <>
      <PageTitle description="Báo cáo 6 tháng và cả năm của từng tổ chức: số thành viên, lao động, vốn, doanh thu.">
        Báo cáo định kỳ
      </PageTitle>
      <UnderConstruction>Chức năng nhập và duyệt báo cáo định kỳ đang được xây dựng.</UnderConstruction>
      <h2 className="mt-8 mb-3 text-xl font-bold">Các kỳ báo cáo</h2>
      {periods.length > 0 ? (
        <Table caption="Các kỳ báo cáo">
          <thead>
            <tr>
              <Th>Kỳ báo cáo</Th>
              <Th>Từ ngày</Th>
              <Th>Đến ngày</Th>
              <Th>Hạn nộp</Th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <Td className="font-medium first-letter:uppercase">{formatPeriod(p.kind, p.year)}</Td>
                <Td>{formatDate(p.startsOn)}</Td>
                <Td>{formatDate(p.endsOn)}</Td>
                <Td>{formatDate(p.deadline)}</Td>
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
