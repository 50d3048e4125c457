'use client';

import { useVisit } from './visit-tracker';

const rows = [
  ['online', 'Đang trực tuyến'],
  ['today', 'Hôm nay'],
  ['month', 'Tháng này'],
  ['total', 'Tổng lượt truy cập'],
] as const;

/** "Thống kê truy cập", filled in by the page's visit beacon. */
export function VisitorStats() {
  const stats = useVisit();
  return (
    <section aria-labelledby="thong-ke-truy-cap" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="thong-ke-truy-cap" className="text-lg font-bold text-slate-900">
        Thống kê truy cập
      </h2>
      <dl className="mt-3 divide-y divide-slate-100">
        {rows.map(([key, label]) => (
          <div key={key} className="flex items-baseline justify-between gap-4 py-1.5">
            <dt className="text-slate-700">{label}</dt>
            <dd className="font-semibold tabular-nums text-slate-900" aria-live={key === 'online' ? 'polite' : undefined}>
              {stats ? stats[key].toLocaleString('vi-VN') : '…'}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
