'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * Charts of the statistics dashboards, fed plain arrays by server components. Every chart has a
 * table under it with the same numbers (the text alternative Circular 32/2017 asks for), so the
 * charts themselves are pictures for sighted readers: clicking a bar drills down, and the same
 * drill-down is a link in the table for keyboards and screen readers.
 */

/** One accent colour plus quiet companions that stay apart in greyscale print. */
export const SERIES_COLORS = ['#17663a', '#c2410c', '#1d4ed8', '#7c3aed', '#0f766e', '#a16207'];

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const formatValue = (value: unknown) => (typeof value === 'number' ? numberFormat.format(value) : String(value ?? ''));

export type BarDatum = { label: string; value: number; href?: string };

/** Horizontal bars, one per group, largest first as given; a bar with `href` navigates there. */
export function GroupBarChart({ data, valueLabel, height }: { data: BarDatum[]; valueLabel: string; height?: number }) {
  const router = useRouter();
  const h = height ?? Math.max(160, data.length * 34 + 40);
  return (
    <div aria-hidden="true" className="w-full" style={{ height: h }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={formatValue} stroke="#475569" />
          <YAxis type="category" dataKey="label" width={190} stroke="#475569" tick={{ fontSize: 13 }} interval={0} />
          <Tooltip formatter={(v) => [formatValue(v), valueLabel]} isAnimationActive={false} />
          <Bar
            dataKey="value"
            name={valueLabel}
            fill={SERIES_COLORS[0]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry: { payload?: BarDatum }) => {
              const href = entry?.payload?.href;
              if (href) router.push(href);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type Series = { key: string; label: string };

/** Several series over an ordered axis (dates, periods): lines for stocks, bars for flows. */
export function SeriesChart({
  data,
  xKey,
  series,
  kind,
  height = 300,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  series: Series[];
  kind: 'line' | 'bar';
  height?: number;
}) {
  const common = { data, margin: { top: 8, right: 24, bottom: 8, left: 8 }, accessibilityLayer: false };
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey={xKey} stroke="#475569" tick={{ fontSize: 13 }} />
      <YAxis tickFormatter={formatValue} stroke="#475569" width={70} />
      <Tooltip formatter={(v, name) => [formatValue(v), name]} isAnimationActive={false} />
      <Legend />
    </>
  );
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === 'line' ? (
          <LineChart {...common}>
            {axes}
            {series.map((s, i) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={SERIES_COLORS[i % SERIES_COLORS.length]} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_COLORS[i % SERIES_COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
