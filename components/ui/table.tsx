import type { ReactNode } from 'react';

import { cn } from './cn';

/** A plain data table that scrolls sideways on narrow screens instead of squeezing columns. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={cn('border-b border-slate-200 bg-slate-100 px-4 py-3 font-semibold text-slate-800', className)}>
      {children}
    </th>
  );
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={cn('border-b border-slate-100 px-4 py-3 align-top', className)}>{children}</td>;
}
