import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { GroupBarChart, SeriesChart } from '@/components/charts/stats-charts';
import { HeadlineStats } from '@/components/site/headline-stats';
import { StatTableView } from '@/components/site/stat-table';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { getOpenData, OPEN_DATA_FORMATS, OPEN_DATA_SOURCE } from '@/lib/open-data/queries';
import type { StatTable } from '@/lib/open-data/table';
import { getHeadlineCounts } from '@/lib/stats/queries';

export const metadata: Metadata = {
  title: 'Số liệu HTX – THT',
  description: 'Số liệu kinh tế tập thể của tỉnh: hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân theo loại hình, lĩnh vực, xã phường; xu hướng qua các năm và dữ liệu mở (CSV, Excel, JSON).',
};

const FORMAT_LABELS = { csv: 'CSV', xlsx: 'Excel (.xlsx)', json: 'JSON' } as const;

function dataUrl(id: string, format: string): string {
  return `/so-lieu/du-lieu/${id}.${format}`;
}

function Downloads({ table }: { table: StatTable }) {
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-base">
      <span className="text-slate-700">Tải bảng:</span>
      {OPEN_DATA_FORMATS.map((format) => (
        <a key={format} href={dataUrl(table.id, format)} download={format === 'json' ? undefined : true} className="font-medium text-brand-800 underline hover:text-brand-900">
          {FORMAT_LABELS[format]}
          <span className="sr-only"> – {table.title}</span>
        </a>
      ))}
    </p>
  );
}

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

/** The chart drawn above a table (the dashboards' chart components), or none for tables read as tables. */
function chartOf(table: StatTable): ReactNode {
  const rows = table.rows;
  switch (table.id) {
    case 'loai-hinh':
      return <GroupBarChart data={rows.map((r) => ({ label: String(r.ten), value: num(r.so_luong) }))} valueLabel="Số lượng" />;
    case 'linh-vuc':
      return <GroupBarChart data={rows.map((r) => ({ label: String(r.linh_vuc), value: num(r.so_luong) }))} valueLabel="Số lượng" />;
    case 'xu-huong':
      return (
        <SeriesChart
          kind="line"
          xKey="ngay"
          data={rows.map((r) => ({ ngay: formatDate(String(r.ngay)), htx: num(r.htx), tht: num(r.tht), qtdnd: num(r.qtdnd) }))}
          series={[
            { key: 'htx', label: 'Hợp tác xã' },
            { key: 'tht', label: 'Tổ hợp tác' },
            { key: 'qtdnd', label: 'Quỹ tín dụng nhân dân' },
          ]}
        />
      );
    case 'bien-dong':
      return (
        <SeriesChart
          kind="bar"
          xKey="ky"
          data={rows.map((r) => ({
            ky: `${String(r.tu_ngay).slice(5, 7) === '01' ? '6T đầu' : '6T cuối'} ${String(r.tu_ngay).slice(0, 4)}`,
            thanh_lap: num(r.thanh_lap),
            cham_dut: num(r.cham_dut),
          }))}
          series={[
            { key: 'thanh_lap', label: 'Thành lập mới' },
            { key: 'cham_dut', label: 'Chấm dứt' },
          ]}
        />
      );
    default:
      return null;
  }
}

/**
 * Public statistics, cached whole and expired when statistics change or the day turns (the
 * figures are as of today): headline figures, a chart with its table per topic, and the open data
 * files with their documentation.
 */
export default async function StatisticsPage() {
  const today = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.stats, cacheTags.day(today)))) return null;
  const [counts, data] = await Promise.all([getHeadlineCounts(), getOpenData(today)]);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Số liệu HTX – THT' }]} />
      <PageTitle description="Số liệu tổng hợp về hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân và liên hiệp hợp tác xã trên địa bàn tỉnh.">
        Số liệu HTX – THT
      </PageTitle>
      <HeadlineStats counts={counts} />

      <p className="mt-8 rounded-md border border-slate-200 bg-white px-4 py-3 text-slate-700">
        Các bảng dưới đây tính đến ngày <time dateTime={data.asOf}>{formatDate(data.asOf)}</time>, địa bàn {data.unitMode}. Một tổ chức được tính
        khi đã thành lập và chưa chấm dứt hoạt động tại ngày đó; thành viên, vốn, diện tích và lao động lấy từ báo cáo định kỳ đã duyệt gần
        nhất của tổ chức.
      </p>

      {data.tables.map((table) => {
        const chart = chartOf(table);
        return (
          <section key={table.id} aria-labelledby={`bang-${table.id}`} className="mt-10">
            <h2 id={`bang-${table.id}`} className="text-2xl font-semibold text-slate-900">
              {table.title}
            </h2>
            <p className="mt-1 text-slate-700">{table.description}</p>
            {chart ? (
              <figure className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
                {chart}
                <figcaption className="mt-2 text-sm text-slate-600">Biểu đồ minh họa bảng số liệu bên dưới.</figcaption>
              </figure>
            ) : null}
            {chart ? (
              <div className="mt-4">
                <StatTableView table={table} />
              </div>
            ) : (
              // A long table scrolls in its own box, which keyboard users can focus and scroll.
              <div role="region" aria-label={`${table.title} (cuộn để xem tiếp)`} tabIndex={0} className="mt-4 max-h-[32rem] overflow-y-auto">
                <StatTableView table={table} />
              </div>
            )}
            <Downloads table={table} />
          </section>
        );
      })}

      <section aria-labelledby="du-lieu-mo" className="mt-12 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="du-lieu-mo" className="text-2xl font-semibold text-slate-900">
          Dữ liệu mở
        </h2>
        <p className="mt-2 text-slate-700">
          Mỗi bảng có địa chỉ cố định ở ba định dạng: CSV (UTF-8, dòng đầu là tên trường, không gồm dòng tổng), Excel (.xlsx) và JSON (kèm ngày
          số liệu <code>asOf</code>, nguồn, ý nghĩa các trường và dòng tổng <code>total</code>). Số liệu cập nhật mỗi khi dữ liệu thay đổi và
          được tính lại theo ngày. Nguồn: {OPEN_DATA_SOURCE} Được sử dụng tự do, ghi rõ nguồn.
        </p>
        {data.tables.map((table) => (
          <div key={table.id} className="mt-6">
            <h3 className="text-lg font-semibold text-slate-900">{table.title}</h3>
            <ul className="mt-1 space-y-0.5 font-mono text-sm break-all text-slate-800">
              {OPEN_DATA_FORMATS.map((format) => (
                <li key={format}>{dataUrl(table.id, format)}</li>
              ))}
            </ul>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-base sm:grid-cols-[minmax(10rem,auto)_1fr]">
              {table.fields.map((f) => (
                <div key={f.key} className="contents">
                  <dt className="font-mono text-sm text-slate-800">{f.key}</dt>
                  <dd className="text-slate-700">
                    {f.label}: {f.description}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </>
  );
}
