import type { ReactNode } from 'react';

import { AppLink } from './app-link';

export type Crumb = { href?: string; label: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c, i) => (
          <li key={`${c.label}-${i}`} className="flex items-center gap-2">
            {i > 0 ? <span aria-hidden="true">/</span> : null}
            {c.href && i < items.length - 1 ? (
              <AppLink href={c.href} className="hover:text-brand-800 hover:underline">
                {c.label}
              </AppLink>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function PageTitle({ children, description }: { children: ReactNode; description?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-bold text-slate-900">{children}</h1>
      {description ? <p className="mt-2 max-w-3xl text-lg text-slate-700">{description}</p> : null}
    </header>
  );
}
