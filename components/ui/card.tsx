import type { ReactNode } from 'react';

import { cn } from './cn';

export function Card({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn('rounded-lg border border-slate-200 bg-white', className)}>{children}</div>;
}

/** A titled box, like the "Văn bản mới" box of the home page. */
export function Section({
  title,
  headingId,
  action,
  children,
  className,
}: {
  title: string;
  headingId: string;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={headingId} className={cn('rounded-lg border border-slate-200 bg-white', className)}>
      <div className="flex items-center justify-between gap-4 border-b-2 border-brand-700 px-5 py-3">
        <h2 id={headingId} className="text-lg font-bold uppercase tracking-wide text-brand-800">
          {title}
        </h2>
        {action}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}

/** One headline figure: label, value and an optional line of detail. */
export function StatCard({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-5 py-4">
      <dt className="text-base text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">{value}</dd>
      {detail ? <dd className="mt-1 text-sm text-slate-600 tabular-nums">{detail}</dd> : null}
    </div>
  );
}
