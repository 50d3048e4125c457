import type { ReactNode } from 'react';

import { DocumentList } from '@/components/site/document-list';
import { AppLink } from '@/components/ui/app-link';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import {
  documentFilterParams,
  documentsHref,
  documentTypeWords,
  hasNarrowingFilters,
  MAX_QUERY_LENGTH,
  scopeParamOf,
  scopeParams,
  sortLabels,
  sortParams,
  validityParams,
  type DocumentFilters,
} from '@/lib/documents/filters';
import type { DocumentFilterOptions, DocumentLibrary } from '@/lib/documents/queries';
import { formatDate } from '@/lib/format/date';
import { documentScopeLabels, documentTypeLabels, validityLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import type { DocumentScope, IssuingLevel } from '@/lib/generated/prisma/enums';

/**
 * The documents library (/van-ban and its cached filtered variants /van-ban/bo-loc/<query>): scope
 * tabs, a filter form that is a plain GET form (it works without JavaScript; the proxy turns the
 * query into a cached route), the result count, the list, pagination. Server component only.
 */

export function libraryHeading(filters: Pick<DocumentFilters, 'scope'>): string {
  return filters.scope ? documentScopeLabels[filters.scope] : 'Hệ thống văn bản';
}

const scopes = Object.values(scopeParams) as DocumentScope[];

const levelLabels: Record<IssuingLevel, string> = {
  CENTRAL: 'Trung ương',
  PROVINCIAL: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện (trước 01/7/2025)',
  ORGANIZATION: 'Liên minh Hợp tác xã',
};

const control = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base';

function Field({ id, label, children, hint }: { id: string; label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-goi-y`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function FilterForm({ filters, options }: { filters: DocumentFilters; options: DocumentFilterOptions }) {
  const issuersByLevel = new Map<IssuingLevel, DocumentFilterOptions['issuers']>();
  for (const issuer of options.issuers) issuersByLevel.set(issuer.level, [...(issuersByLevel.get(issuer.level) ?? []), issuer]);
  const validityKey = Object.keys(validityParams).find((k) => validityParams[k as keyof typeof validityParams] === filters.validity) ?? '';
  const sortKey = Object.keys(sortParams).find((k) => sortParams[k as keyof typeof sortParams] === filters.sort) ?? '';

  return (
    <form method="get" action="/van-ban" role="search" aria-labelledby="bo-loc-tieu-de" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="bo-loc-tieu-de" className="text-lg font-semibold text-slate-900">
        Tìm và lọc văn bản
      </h2>
      {filters.scope ? <input type="hidden" name="pham-vi" value={scopeParamOf(filters.scope)} /> : null}
      <div className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div className="md:col-span-2 lg:col-span-3">
          <Field id="loc-q" label="Số hiệu hoặc trích yếu" hint="Ví dụ: 20-NQ/TW, 20 NQ TW, 45/2021 hoặc quỹ hỗ trợ — gõ có dấu hay không dấu đều được.">
            <input
              id="loc-q"
              type="search"
              name="q"
              defaultValue={filters.q ?? ''}
              maxLength={MAX_QUERY_LENGTH}
              aria-describedby="loc-q-goi-y"
              className={control}
            />
          </Field>
        </div>
        <Field id="loc-loai" label="Loại văn bản">
          <select id="loc-loai" name="loai" defaultValue={filters.type ? documentTypeWords[filters.type] : ''} className={control}>
            <option value="">Tất cả các loại</option>
            {options.types.map((t) => (
              <option key={t} value={documentTypeWords[t]}>
                {documentTypeLabels[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="loc-co-quan" label="Cơ quan ban hành">
          <select id="loc-co-quan" name="co-quan" defaultValue={filters.issuer ? String(filters.issuer) : ''} className={control}>
            <option value="">Tất cả cơ quan</option>
            {[...issuersByLevel.entries()].map(([level, issuers]) => (
              <optgroup key={level} label={levelLabels[level]}>
                {issuers.map((i) => (
                  <option key={i.id} value={String(i.id)}>
                    {i.validTo ? `${i.name} (đến ${formatDate(i.validTo)})` : i.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="loc-nam" label="Năm ban hành">
          <select id="loc-nam" name="nam" defaultValue={filters.year ? String(filters.year) : ''} className={control}>
            <option value="">Tất cả các năm</option>
            {options.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <Field id="loc-hieu-luc" label="Tình trạng hiệu lực">
          <select id="loc-hieu-luc" name="hieu-luc" defaultValue={validityKey} className={control}>
            <option value="">Tất cả</option>
            {Object.entries(validityParams).map(([key, v]) => (
              <option key={key} value={key}>
                {validityLabels[v]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="loc-linh-vuc" label="Lĩnh vực">
          <select id="loc-linh-vuc" name="linh-vuc" defaultValue={filters.field ?? ''} className={control}>
            <option value="">Tất cả lĩnh vực</option>
            {options.fields.map((f) => (
              <option key={f.slug} value={f.slug}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="loc-sap-xep" label="Sắp xếp theo">
          <select id="loc-sap-xep" name="sap-xep" defaultValue={sortKey} className={control}>
            <option value="">{filters.q ? 'Phù hợp nhất, rồi mới nhất' : sortLabels.newest}</option>
            {Object.entries(sortParams).map(([key, sort]) => (
              <option key={key} value={key}>
                {sortLabels[sort]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses('primary')}>
          Lọc văn bản
        </button>
        {hasNarrowingFilters(filters) ? (
          <AppLink href={documentsHref({ scope: filters.scope })} className="font-medium text-brand-800 underline hover:text-brand-900">
            Xóa bộ lọc
          </AppLink>
        ) : null}
      </div>
    </form>
  );
}

function ScopeTabs({ filters }: { filters: DocumentFilters }) {
  const tabs: { scope?: DocumentScope; label: string }[] = [{ label: 'Tất cả' }, ...scopes.map((scope) => ({ scope, label: documentScopeLabels[scope] }))];
  return (
    <nav aria-label="Phạm vi văn bản" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.scope === filters.scope;
          return (
            <li key={tab.label}>
              <AppLink
                href={documentsHref({ ...filters, scope: tab.scope, page: 1 })}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'inline-block rounded-md border px-4 py-2 font-medium',
                  current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                )}
              >
                {tab.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function DocumentLibraryView({ filters, options, result }: { filters: DocumentFilters; options: DocumentFilterOptions; result: DocumentLibrary }) {
  const heading = libraryHeading(filters);
  // Page links keep every filter; documentFilterParams leaves page 1 out.
  const keep = documentFilterParams({ ...filters, page: 1 });
  return (
    <>
      <Breadcrumbs
        items={[{ href: '/', label: 'Trang chủ' }, ...(filters.scope ? [{ href: '/van-ban', label: 'Văn bản' }, { label: heading }] : [{ label: 'Văn bản' }])]}
      />
      <PageTitle description="Văn bản pháp luật, chỉ đạo của Trung ương, của tỉnh và của Liên minh về kinh tế tập thể, hợp tác xã. Tình trạng hiệu lực được tính theo ngày hôm nay.">
        {heading}
      </PageTitle>
      <ScopeTabs filters={filters} />
      <FilterForm filters={filters} options={options} />

      <section aria-labelledby="ket-qua" className="mt-8">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ket-qua" className="text-xl font-bold text-slate-900">
            Kết quả
          </h2>
          <p className="text-slate-700" role="status">
            {result.total > 0
              ? `Tìm thấy ${formatNumber(result.total)} văn bản${filters.q ? ` cho “${filters.q}”` : ''}.`
              : 'Không có văn bản nào phù hợp.'}
          </p>
        </div>
        {result.items.length > 0 ? (
          <DocumentList documents={result.items} />
        ) : (
          <EmptyState title="Không tìm thấy văn bản phù hợp.">
            <p>Hãy thử bỏ bớt điều kiện lọc, kiểm tra số hiệu (ví dụ 45/2021/NĐ-CP) hoặc tìm bằng từ khóa ngắn hơn.</p>
            {hasNarrowingFilters(filters) ? (
              <p className="mt-3">
                <AppLink href={documentsHref({ scope: filters.scope })} className="font-medium text-brand-800 underline">
                  Xóa bộ lọc
                </AppLink>
              </p>
            ) : null}
          </EmptyState>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} pathname="/van-ban" params={keep} />
        <p className="mt-6 text-sm">
          <a href="/van-ban/rss.xml" className="font-medium text-brand-800 underline">
            Nhận văn bản mới qua RSS
          </a>
        </p>
      </section>
    </>
  );
}
