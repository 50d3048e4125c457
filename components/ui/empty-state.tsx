import type { ReactNode } from 'react';

/** What a list shows when it has nothing in it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="text-lg font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-slate-600">{children}</div> : null}
    </div>
  );
}
