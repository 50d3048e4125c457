import { OpenPeriodButton, PeriodForm } from '@/components/reports/period-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { openPeriodAction, savePeriod } from '@/lib/reports/actions';
import { getPeriods } from '@/lib/reports/queries';

export const metadata = { title: 'Kỳ báo cáo' };

const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function PeriodsPage() {
  await requirePermission('period.manage');
  const periods = await getPeriods();
  return (
    <>
      <PageTitle description="Các kỳ báo cáo 6 tháng và cả năm, với hạn nộp. Mở một kỳ tạo báo cáo phải nộp cho mọi tổ chức đang tồn tại trong kỳ, theo lịch sử trạng thái của từng tổ chức.">
        Kỳ báo cáo
      </PageTitle>

      <section aria-labelledby="them-ky" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="them-ky" className="mb-3 text-xl font-bold">
          Thêm kỳ báo cáo
        </h2>
        <PeriodForm action={savePeriod.bind(null, null)} initial={{}} submitLabel="Thêm kỳ báo cáo" />
      </section>

      {periods.length > 0 ? (
        <Table caption="Các kỳ báo cáo">
          <thead>
            <tr>
              <Th>Kỳ báo cáo</Th>
              <Th>Thời gian</Th>
              <Th>Hạn nộp</Th>
              <Th>Mở kỳ</Th>
              <Th>Thao tác</Th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => {
              const name = formatPeriod(p.kind, p.year);
              return (
                <tr key={p.id}>
                  <Td className="font-medium">Kỳ {name}</Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                  </Td>
                  <Td>{formatDate(p.deadline)}</Td>
                  <Td>{p.openedAt ? `${formatDateTime(p.openedAt)} · ${formatNumber(p._count.reports)} báo cáo` : 'Chưa mở'}</Td>
                  <Td className="space-y-3">
                    <OpenPeriodButton action={openPeriodAction.bind(null, p.id)} opened={p.openedAt != null} name={name} />
                    <details>
                      <summary className="cursor-pointer font-medium text-brand-800">Sửa kỳ {name}</summary>
                      <div className="mt-3">
                        <PeriodForm
                          action={savePeriod.bind(null, p.id)}
                          initial={{ kind: p.kind, year: String(p.year), startsOn: iso(p.startsOn), endsOn: iso(p.endsOn), deadline: iso(p.deadline) }}
                          submitLabel="Lưu kỳ báo cáo"
                        />
                      </div>
                    </details>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có kỳ báo cáo nào." />
      )}
    </>
  );
}
