import type { ReactNode } from 'react';

/** A calm information box, e.g. "Đang xây dựng" on pages whose feature is not ready yet. */
export function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="note" className="rounded-lg border border-brand-200 bg-brand-50 px-5 py-4">
      <p className="font-semibold text-brand-900">{title}</p>
      {children ? <div className="mt-1 text-slate-700">{children}</div> : null}
    </div>
  );
}

export function UnderConstruction({ children }: { children?: ReactNode }) {
  return (
    <Notice title="Đang xây dựng">
      {children ?? 'Chức năng này đang được xây dựng và sẽ sớm được đưa vào sử dụng.'}
    </Notice>
  );
}
