import { Highlight } from '@/components/site/highlight';
import { AppLink } from '@/components/ui/app-link';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import type { ListQuery } from '@/lib/cache/query-routes';
import { formatDate, isoDate } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import type { DocumentType, OrgKind, OrgStatus } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { snippet } from '@/lib/search/highlight';
import { parseSearchParams, SEARCH_TYPE_LABELS, SEARCH_TYPE_PARAM, searchHref } from '@/lib/search/params';
import { searchSite, type SearchRow, type SearchType } from '@/lib/search/queries';
import { MATCH_CAP, SEARCH_TYPES } from '@/lib/search/sql';
import { htmlToText } from '@/lib/search/text';

const SUGGESTIONS = ['hợp tác xã kiểu mới', 'OCOP', '20-NQ/TW', 'Giồng Riềng', 'vay vốn', 'tổ hợp tác'];

/** Nouns for "Xem tất cả 12 tin bài". */
const TYPE_NOUNS: Record<SearchType, string> = {
  article: 'tin bài',
  document: 'văn bản',
  organization: 'tổ chức',
  page: 'trang thông tin',
};

/** A count that may have stopped at MATCH_CAP: "1.000+" (short) or "hơn 1.000". */
function countLabel(n: number, style: 'short' | 'long' = 'short'): string {
  if (n < MATCH_CAP) return formatNumber(n);
  return style === 'short' ? `${formatNumber(MATCH_CAP)}+` : `hơn ${formatNumber(MATCH_CAP)}`;
}

/**
 * /tim-kiem and its cached form /tim-kiem/bo-loc/<query>: the search box, then results grouped
 * by type with counts; one type at a time with pages when ?loai= is given.
 */
export async function SearchView({ query }: { query: ListQuery }) {
  const params = parseSearchParams(query);
  const result = await searchSite(params.q, params.type, params.page);

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Tìm kiếm' }]} />
      <PageTitle>Tìm kiếm</PageTitle>
      <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm trên cổng thông tin" className="max-w-2xl">
        <label htmlFor="q" className="block font-medium text-slate-800">
          Từ khóa
        </label>
        <div className="mt-1 flex flex-wrap gap-3">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={result.query}
            maxLength={100}
            aria-describedby="q-goi-y"
            className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-4 py-2.5"
          />
          <button type="submit" className={buttonClasses('primary')}>
            Tìm kiếm
          </button>
        </div>
        <p id="q-goi-y" className="mt-1 text-sm text-slate-600">
          Tìm trong tin bài, văn bản, danh bạ hợp tác xã và các trang thông tin. Có thể gõ không dấu: “hop tac xa” tìm được “hợp tác
          xã”.
        </p>
      </form>

      {result.state === 'empty' ? (
        <Suggestions title="Gợi ý tìm kiếm" />
      ) : result.state === 'too-short' ? (
        <div className="mt-8">
          <EmptyState title="Từ khóa quá ngắn.">Vui lòng nhập ít nhất 2 chữ cái hoặc chữ số.</EmptyState>
          <Suggestions title="Hoặc thử" />
        </div>
      ) : result.total === 0 ? (
        <div className="mt-8">
          <EmptyState title={`Không tìm thấy kết quả nào cho “${result.query}”.`}>
            <ul className="mx-auto max-w-md list-disc pl-5 text-left">
              <li>Kiểm tra lại chính tả, hoặc gõ không dấu.</li>
              <li>Dùng ít từ hơn hoặc từ khóa chung hơn.</li>
              <li>
                Tra cứu theo địa bàn trong{' '}
                <AppLink href="/hop-tac-xa" className="text-brand-800 underline">
                  danh bạ hợp tác xã
                </AppLink>{' '}
                hoặc xem{' '}
                <AppLink href="/van-ban" className="text-brand-800 underline">
                  hệ thống văn bản
                </AppLink>
                .
              </li>
            </ul>
          </EmptyState>
          <Suggestions title="Gợi ý tìm kiếm" />
        </div>
      ) : (
        <div className="mt-8">
          <p className="text-lg" role="status">
            {result.fuzzy ? (
              <>
                Không có kết quả khớp đúng với “{result.query}”. Dưới đây là <strong>{countLabel(result.total, 'long')}</strong> kết quả gần
                đúng.
              </>
            ) : (
              <>
                Tìm thấy <strong>{result.capped.length > 0 ? `hơn ${formatNumber(result.total)}` : formatNumber(result.total)}</strong> kết quả cho “
                {result.query}”.
              </>
            )}
          </p>
          {result.capped.length > 0 ? (
            <p className="mt-1 text-slate-700">
              Từ khóa này có trong rất nhiều nội dung: {result.capped.map((t) => TYPE_NOUNS[t]).join(', ')} được xếp theo thời gian hoặc theo tên.
              Thêm từ để thu hẹp kết quả.
            </p>
          ) : null}
          <TypeTabs
            query={result.query}
            active={result.type}
            counts={result.counts}
            totalLabel={result.capped.length > 0 ? `${formatNumber(result.total)}+` : formatNumber(result.total)}
          />
          {result.type === null ? (
            <div className="mt-6 space-y-8">
              {SEARCH_TYPES.filter((t) => result.counts[t] > 0).map((type) => (
                <section key={type} aria-labelledby={`kq-${SEARCH_TYPE_PARAM[type]}`}>
                  <h2 id={`kq-${SEARCH_TYPE_PARAM[type]}`} className="text-xl font-bold">
                    {SEARCH_TYPE_LABELS[type]} <span className="font-normal text-slate-700">({countLabel(result.counts[type])})</span>
                  </h2>
                  <ResultList rows={result.rows.filter((r) => r.type === type)} query={result.query} />
                  {result.counts[type] > result.rows.filter((r) => r.type === type).length ? (
                    <p className="mt-3">
                      <AppLink href={searchHref(result.query, type)} className="font-medium text-brand-800 underline">
                        Xem tất cả {countLabel(result.counts[type], 'long')} {TYPE_NOUNS[type]}
                      </AppLink>
                    </p>
                  ) : null}
                </section>
              ))}
            </div>
          ) : (
            <section aria-labelledby="kq-loai" className="mt-6">
              <h2 id="kq-loai" className="text-xl font-bold">
                {SEARCH_TYPE_LABELS[result.type]}{' '}
                <span className="font-normal text-slate-700">({countLabel(result.counts[result.type])})</span>
              </h2>
              {result.rows.length > 0 ? (
                <ResultList rows={result.rows} query={result.query} />
              ) : (
                <div className="mt-3">
                  <EmptyState title={result.counts[result.type] > 0 ? 'Trang này không có kết quả.' : `Không có ${TYPE_NOUNS[result.type]} nào phù hợp.`}>
                    <AppLink href={searchHref(result.query)} className="text-brand-800 underline">
                      Xem kết quả của mọi loại
                    </AppLink>
                  </EmptyState>
                </div>
              )}
              <Pagination
                page={result.page}
                pageCount={result.pageCount}
                pathname="/tim-kiem"
                params={{ q: result.query, loai: SEARCH_TYPE_PARAM[result.type] }}
              />
            </section>
          )}
        </div>
      )}
    </>
  );
}

function Suggestions({ title }: { title: string }) {
  return (
    <section aria-labelledby="goi-y" className="mt-8 max-w-2xl">
      <h2 id="goi-y" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {SUGGESTIONS.map((s) => (
          <li key={s}>
            <AppLink href={searchHref(s)} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
              {s}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TypeTabs({
  query,
  active,
  counts,
  totalLabel,
}: {
  query: string;
  active: SearchType | null;
  counts: Record<SearchType, number>;
  totalLabel: string;
}) {
  const tab = (href: string, label: string, count: string, current: boolean) => (
    <li key={href}>
      <AppLink
        href={href}
        aria-current={current ? 'page' : undefined}
        className={cn(
          'inline-flex items-center gap-1 rounded-md border px-3 py-2 leading-tight',
          current ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
        )}
      >
        {label} <span className="tabular-nums">({count})</span>
      </AppLink>
    </li>
  );
  return (
    <nav aria-label="Loại kết quả" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {tab(searchHref(query), 'Tất cả', totalLabel, active === null)}
        {SEARCH_TYPES.map((t) => tab(searchHref(query, t), SEARCH_TYPE_LABELS[t], countLabel(counts[t]), active === t))}
      </ul>
    </nav>
  );
}

function hrefOf(row: SearchRow): string {
  switch (row.type) {
    case 'article':
      return `/tin-tuc/${row.slug}`;
    case 'document':
      return `/van-ban/${row.slug}`;
    case 'organization':
      return `/hop-tac-xa/${row.slug}`;
    case 'page':
      return row.meta1 === 'en' ? `/en/${row.slug}` : `/${row.slug}`;
  }
}

function ResultList({ rows, query }: { rows: SearchRow[]; query: string }) {
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((row) => (
        <ResultItem key={`${row.type}-${row.slug}`} row={row} query={query} />
      ))}
    </ul>
  );
}

function ResultItem({ row, query }: { row: SearchRow; query: string }) {
  const english = row.type === 'page' && row.meta1 === 'en';
  const text = row.text ? snippet(row.type === 'page' ? htmlToText(row.text) : row.text, query) : null;
  return (
    <li className="px-5 py-4">
      <h3 className="text-lg font-semibold" lang={english ? 'en' : undefined}>
        <AppLink href={hrefOf(row)} className="text-slate-900 hover:text-brand-800 hover:underline">
          {row.type === 'document' && row.meta1 ? `${documentTypeLabels[row.meta1 as DocumentType]} ` : null}
          <Highlight text={row.title} query={query} />
        </AppLink>
      </h3>
      <p className="mt-1 text-sm text-slate-600">
        <Meta row={row} query={query} />
      </p>
      {text ? (
        <p className="mt-1 text-slate-800" lang={english ? 'en' : undefined}>
          {row.type === 'organization' ? 'Sản phẩm, dịch vụ: ' : null}
          <Highlight text={text} query={query} />
        </p>
      ) : null}
      {row.text2 ? (
        <p className="mt-1 text-slate-800">
          Địa chỉ: <Highlight text={row.text2} query={query} />
        </p>
      ) : null}
    </li>
  );
}

function Meta({ row, query }: { row: SearchRow; query: string }) {
  const date = row.date ? <time dateTime={isoDate(row.date)}>{formatDate(row.date)}</time> : null;
  switch (row.type) {
    case 'article':
      return (
        <>
          Tin bài · {row.meta1}
          {date ? <> · {date}</> : null}
        </>
      );
    case 'document':
      return (
        <>
          Văn bản · {row.meta2}
          {date ? <> · Ban hành {date}</> : null}
        </>
      );
    case 'organization':
      return (
        <>
          {ORG_KIND_LABELS[row.meta1 as OrgKind]} · {ORG_STATUS_LABELS[row.meta2 as OrgStatus]}
          {row.meta3 ? (
            <>
              {' '}
              · <Highlight text={row.meta3} query={query} />
            </>
          ) : null}
        </>
      );
    case 'page':
      return <>{row.meta1 === 'en' ? <span lang="en">Page in English</span> : 'Trang thông tin'}</>;
  }
}
