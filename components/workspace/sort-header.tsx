import Link from 'next/link';
import type { ReactNode } from 'react';

import { cn } from '@/components/ui/cn';

/**
 * A column header that sorts the list by its column: a link that keeps the filters, with
 * aria-sort on the header of the sorted column. Clicking the sorted column reverses the order.
 */
export function SortHeader({
  children,
  active,
  direction,
  href,
  className,
}: {
  children: ReactNode;
  active: boolean;
  direction: 'asc' | 'desc';
  href: string;
  className?: string;
}) {
  const sort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const next = active && direction === 'asc' ? 'giảm dần' : 'tăng dần';
  return (
    <th
      scope="col"
      aria-sort={sort}
      className={cn('border-b border-slate-200 bg-slate-100 px-4 py-3 font-semibold text-slate-800', className)}
    >
      <Link href={href} className="inline-flex items-center gap-1 hover:text-brand-800 hover:underline">
        {children}
        <span aria-hidden="true" className="text-slate-500">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">, sắp xếp {next}</span>
      </Link>
    </th>
  );
}
