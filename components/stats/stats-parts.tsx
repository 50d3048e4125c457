import type { ReactNode } from 'react';

import { Table, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { UNIT_MODE_LABELS } from '@/lib/stats/labels';
import type { StatsMeta } from '@/lib/stats/types';

/** Server-rendered pieces of the statistics views (no data access). */

/** "1.234" or "1.234,6" for fractional counts (shares of a split unit). */
export const count = (n: number) => formatNumber(n, { maximumFractionDigits: 1 });

/** "Change against a year before": "+12 (+2,3%) so với 30/06/2022". */
export function change(now: number, before: number, beforeDate: string): string {
  const diff = now - before;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const pct = before !== 0 ? ` (${sign}${formatNumber(Math.abs((diff / before) * 100), { maximumFractionDigits: 1 })}%)` : '';
  return `${sign}${formatNumber(Math.abs(diff), { maximumFractionDigits: 1 })}${pct} so với ${formatDate(beforeDate)}`;
}

/** What every view says about itself: the date, the unit mode, the reports used. */
export function MetaLine({ meta, unitLabel, extra }: { meta: StatsMeta; unitLabel: string; extra?: ReactNode }) {
  return (
    <p className="text-base text-slate-700" data-testid="stats-meta">
      Số liệu tính đến ngày <strong>{formatDate(meta.asOf)}</strong> · địa bàn <strong>{unitLabel}</strong> ·{' '}
      {UNIT_MODE_LABELS[meta.unitMode]} ·{' '}
      {meta.includeUnapproved ? 'gồm cả báo cáo chưa được duyệt' : 'chỉ tính báo cáo đã được duyệt'}
      {extra}
    </p>
  );
}

export type Column = { header: string; numeric?: boolean };

/** A data table: the chart's text alternative, printed in full. */
export function DataTable({ caption, columns, rows, footer }: { caption: string; columns: Column[]; rows: ReactNode[][]; footer?: ReactNode[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c.header} className={c.numeric ? 'text-right' : undefined}>
              {c.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="border-b border-slate-100 px-4 py-3 text-left font-normal">
                  {cell}
                </th>
              ) : (
                <Td key={j} className={columns[j]?.numeric ? 'text-right tabular-nums' : undefined}>
                  {cell}
                </Td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr className="font-semibold">
            {footer.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="px-4 py-3 text-left">
                  {cell}
                </th>
              ) : (
                <Td key={j} className={columns[j]?.numeric ? 'text-right tabular-nums' : undefined}>
                  {cell}
                </Td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </Table>
  );
}

/** A titled block of the dashboard: chart, then its table. */
export function StatsSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 break-inside-avoid rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-slate-700">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
