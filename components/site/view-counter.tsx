'use client';

import { useVisit } from './visit-tracker';

/** "Lượt xem: 1.234" for an article, from the page's visit beacon (the page itself stays cached). */
export function ViewCounter({ path }: { path?: string }) {
  const visit = useVisit(path);
  return (
    <span className="text-slate-600">
      Lượt xem: <span className="tabular-nums">{visit?.views != null ? visit.views.toLocaleString('vi-VN') : '…'}</span>
    </span>
  );
}
