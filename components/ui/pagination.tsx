import { AppLink } from './app-link';

import { cn } from './cn';

type Props = {
  page: number;
  pageCount: number;
  /** Path of the list, e.g. "/tin-tuc". */
  pathname: string;
  /** Other query parameters to keep (filters). */
  params?: Record<string, string | undefined>;
  paramName?: string;
};

function hrefFor(pathname: string, params: Record<string, string | undefined>, paramName: string, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (page > 1) search.set(paramName, String(page));
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The pages to show: first, last, and two either side of the current one, with gaps. */
function pagesToShow(page: number, pageCount: number): (number | 'gap')[] {
  const set = new Set<number>([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) set.add(p);
  const sorted = [...set].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

const item = 'inline-flex min-w-11 items-center justify-center rounded-md border px-3 py-2 leading-tight';

/** Page links for a list whose page lives in the URL (?trang=2). Renders nothing for one page. */
export function Pagination({ page, pageCount, pathname, params = {}, paramName = 'trang' }: Props) {
  if (pageCount <= 1) return null;
  const href = (p: number) => hrefFor(pathname, params, paramName, p);
  return (
    <nav aria-label="Phân trang" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <AppLink href={href(page - 1)} rel="prev" className={cn(item, 'border-slate-300 bg-white hover:bg-slate-100')}>
              ‹ Trang trước
            </AppLink>
          ) : (
            <span aria-disabled="true" className={cn(item, 'border-slate-200 text-slate-400')}>
              ‹ Trang trước
            </span>
          )}
        </li>
        {pagesToShow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              <AppLink
                href={href(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={`Trang ${p}`}
                className={cn(
                  item,
                  p === page
                    ? 'border-brand-700 bg-brand-700 font-semibold text-white'
                    : 'border-slate-300 bg-white hover:bg-slate-100',
                )}
              >
                {p}
              </AppLink>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <AppLink href={href(page + 1)} rel="next" className={cn(item, 'border-slate-300 bg-white hover:bg-slate-100')}>
              Trang sau ›
            </AppLink>
          ) : (
            <span aria-disabled="true" className={cn(item, 'border-slate-200 text-slate-400')}>
              Trang sau ›
            </span>
          )}
        </li>
      </ul>
      <p className="mt-3 text-sm text-slate-600">
        Trang {page} / {pageCount}
      </p>
    </nav>
  );
}
