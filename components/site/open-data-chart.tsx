'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The charts of the public statistics page, fed plain arrays by the server page. Each chart is a
 * picture of the table printed under it, which is its text alternative (Circular 32/2017), so the
 * drawing is hidden from assistive technology and takes no keyboard focus.
 */
export type Series = { key: string; label: string };
export type ChartDatum = Record<string, string | number | null>;

const COLORS = ['#17663a', '#b45309', '#1d4ed8', '#7c3aed', '#0f766e'];
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const format = (value: unknown) => (typeof value === 'number' ? vi.format(value) : String(value ?? ''));

export function OpenDataChart({
  type,
  data,
  x,
  series,
  stacked = false,
  height = 320,
}: {
  type: 'bar' | 'line';
  data: ChartDatum[];
  x: string;
  series: Series[];
  stacked?: boolean;
  height?: number;
}) {
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey={x} tick={{ fontSize: 13, fill: '#334155' }} interval="preserveStartEnd" />
      <YAxis tickFormatter={format} tick={{ fontSize: 13, fill: '#334155' }} width={72} />
      <Tooltip formatter={(value) => format(value)} />
      <Legend wrapperStyle={{ fontSize: 14 }} />
    </>
  );
  return (
    <div aria-hidden="true" className="h-full w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {type === 'bar' ? (
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            {common}
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLORS[i % COLORS.length]} stackId={stacked ? 'a' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            {common}
            {series.map((s, i) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
