import type { ReactNode } from 'react';

import { Highlight } from '@/components/site/highlight';
import { AppLink } from '@/components/ui/app-link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import type { ListQuery } from '@/lib/cache/query-routes';
import {
  ALLIANCE_PARAM_LABELS,
  ALLIANCE_PARAMS,
  directoryHref,
  KIND_PARAMS,
  OCOP_PARAM_LABELS,
  OCOP_PARAMS,
  parseDirectoryQuery,
  SECTOR_GROUP_PARAMS,
  SECTOR_PARAMS,
  STATUS_PARAM_LABELS,
  STATUS_PARAMS,
  type DirectoryParams,
} from '@/lib/directory/params';
import { getDirectoryOptions, getDirectoryPage, type DirectoryItem, type DirectoryOptions } from '@/lib/directory/queries';
import { formatDate, isoDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { Sector, SectorGroup } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS, SECTOR_GROUP_LABELS, SECTOR_LABELS, sectorsOfGroup } from '@/lib/organizations/sectors';

import { AllianceBadge, KindBadge, OcopStars, StatusBadge } from './org-badges';

const PARAM_NAMES: Record<keyof DirectoryParams, string> = {
  q: 'từ khóa',
  loai: 'loại hình',
  'nhom-nganh': 'nhóm ngành',
  nganh: 'ngành',
  xa: 'xã, phường',
  'huyen-cu': 'huyện cũ',
  'tinh-trang': 'tình trạng',
  ocop: 'OCOP',
  'lien-minh': 'thành viên Liên minh',
};

const keyOf = <T extends string>(map: Record<string, T | readonly T[] | number>, value: unknown) =>
  Object.entries(map).find(([, v]) => v === value)?.[0] ?? '';

/**
 * The directory list, /hop-tac-xa and its cached filtered form /hop-tac-xa/bo-loc/<query>: a form
 * that works without JavaScript (GET, plain selects), the matching organizations and page links.
 */
export async function DirectoryView({ query }: { query: ListQuery }) {
  const options = await getDirectoryOptions();
  const parsed = parseDirectoryQuery(query, options);
  const result = await getDirectoryPage(parsed.filters, parsed.page);
  const filtered = Object.keys(parsed.params).length > 0;

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Danh bạ hợp tác xã' }]} />
      <PageTitle description="Tra cứu hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân trên địa bàn tỉnh: theo tên, ngành nghề, địa bàn hiện nay hoặc huyện cũ trước ngày 01/7/2025, tình trạng hoạt động và sản phẩm OCOP.">
        Danh bạ hợp tác xã
      </PageTitle>

      <FilterForm params={parsed.params} options={options} />

      {parsed.ignored.length > 0 ? (
        <div className="mt-6">
          <Notice title="Một số điều kiện lọc không hợp lệ đã được bỏ qua">
            Không hiểu giá trị của: {parsed.ignored.map((k) => PARAM_NAMES[k as keyof DirectoryParams] ?? k).join(', ')}.
            {parsed.ignored.includes('q') ? ' Từ khóa cần có ít nhất 2 chữ cái hoặc chữ số.' : ''}
          </Notice>
        </div>
      ) : null}

      <section aria-labelledby="ket-qua" className="mt-8">
        <h2 id="ket-qua" className="text-xl font-bold">
          {filtered ? 'Kết quả tra cứu' : 'Tất cả tổ chức'}
          <span className="ml-2 font-normal text-slate-700">
            ({result.capped ? `hơn ${formatNumber(result.total)}` : formatNumber(result.total)} tổ chức)
          </span>
        </h2>
        {result.fuzzy ? (
          <p className="mt-2 text-slate-700" role="status">
            Không có tên nào khớp đúng với “{parsed.params.q}”; dưới đây là các tên gần giống.
          </p>
        ) : result.capped ? (
          <p className="mt-2 text-slate-700">Từ khóa có trong rất nhiều tên: danh sách xếp theo tên. Thêm từ hoặc chọn địa bàn để thu hẹp.</p>
        ) : null}
        {result.items.length > 0 ? (
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {result.items.map((item) => (
              <DirectoryListItem key={item.slug} item={item} query={parsed.params.q} />
            ))}
          </ul>
        ) : result.total > 0 ? (
          <div className="mt-4">
            <EmptyState title="Trang này không có kết quả.">
              <AppLink href={directoryHref(parsed.params)} className="text-brand-800 underline">
                Về trang đầu của danh sách
              </AppLink>
            </EmptyState>
          </div>
        ) : (
          <div className="mt-4">
            <EmptyState title="Không tìm thấy tổ chức nào phù hợp.">
              <p>Hãy bỏ bớt điều kiện lọc, kiểm tra chính tả hoặc thử gõ không dấu.</p>
              <p className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1">
                <AppLink href="/hop-tac-xa" className="text-brand-800 underline">
                  Xem tất cả tổ chức
                </AppLink>
                {parsed.params.q ? (
                  <AppLink href={`/tim-kiem?q=${encodeURIComponent(parsed.params.q)}`} className="text-brand-800 underline">
                    Tìm “{parsed.params.q}” trên toàn cổng thông tin
                  </AppLink>
                ) : null}
              </p>
            </EmptyState>
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} pathname="/hop-tac-xa" params={parsed.params} />
      </section>
    </>
  );
}

function DirectoryListItem({ item, query }: { item: DirectoryItem; query: string | undefined }) {
  return (
    <li className="px-5 py-4">
      <h3 className="text-lg font-semibold">
        <AppLink href={`/hop-tac-xa/${item.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
          <Highlight text={item.name} query={query} />
        </AppLink>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <KindBadge kind={item.kind} />
        <StatusBadge status={item.status} />
        {item.ocopStars ? (
          <Badge tone="warning">
            <OcopStars stars={item.ocopStars} />
          </Badge>
        ) : null}
        <AllianceBadge membership={item.allianceMembership} />
      </p>
      <p className="mt-1 text-slate-700">
        {SECTOR_LABELS[item.sector]} · <Highlight text={item.unitLabel} query={query} />
        {item.establishedOn ? (
          <>
            {' '}
            · Thành lập <time dateTime={isoDate(item.establishedOn)}>{formatDate(item.establishedOn)}</time>
          </>
        ) : null}
      </p>
    </li>
  );
}

function Select({ name, label, value, children }: { name: string; label: string; value: string | undefined; children: ReactNode }) {
  const id = `loc-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ''}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base"
      >
        <option value="">Tất cả</option>
        {children}
      </select>
    </div>
  );
}

const GROUPS: SectorGroup[] = ['AGRICULTURE', 'NON_AGRICULTURE', 'CREDIT'];

function FilterForm({ params, options }: { params: DirectoryParams; options: DirectoryOptions }) {
  return (
    <form action="/hop-tac-xa" method="get" aria-labelledby="bo-loc" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="bo-loc" className="text-xl font-bold">
        Tìm và lọc
      </h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <div className="md:col-span-2">
          <label htmlFor="loc-q" className="block font-medium text-slate-800">
            Tên tổ chức hoặc sản phẩm
          </label>
          <input
            id="loc-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ''}
            maxLength={100}
            aria-describedby="loc-q-goi-y"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base"
          />
          <p id="loc-q-goi-y" className="mt-1 text-sm text-slate-600">
            Có thể gõ không dấu, ví dụ: “hop tac xa lua giong”.
          </p>
        </div>
        <Select name="loai" label="Loại hình" value={params.loai}>
          {Object.entries(KIND_PARAMS).map(([param, kind]) => (
            <option key={param} value={param}>
              {ORG_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <Select name="tinh-trang" label="Tình trạng" value={params['tinh-trang']}>
          {Object.keys(STATUS_PARAMS).map((param) => (
            <option key={param} value={param}>
              {STATUS_PARAM_LABELS[param as keyof typeof STATUS_PARAMS]}
            </option>
          ))}
        </Select>
        <Select name="nhom-nganh" label="Nhóm ngành" value={params['nhom-nganh']}>
          {Object.entries(SECTOR_GROUP_PARAMS).map(([param, group]) => (
            <option key={param} value={param}>
              {SECTOR_GROUP_LABELS[group]}
            </option>
          ))}
        </Select>
        <Select name="nganh" label="Ngành, lĩnh vực" value={params.nganh}>
          {GROUPS.map((group) => (
            <optgroup key={group} label={SECTOR_GROUP_LABELS[group]}>
              {sectorsOfGroup(group).map((sector: Sector) => (
                <option key={sector} value={keyOf(SECTOR_PARAMS, sector)}>
                  {SECTOR_LABELS[sector]}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <Select name="xa" label="Xã, phường, đặc khu (hiện nay)" value={params.xa}>
          {options.communes.map((u) => (
            <option key={u.param} value={u.param}>
              {u.label}
            </option>
          ))}
        </Select>
        <Select name="huyen-cu" label="Huyện cũ (trước 01/7/2025)" value={params['huyen-cu']}>
          {options.formerDistricts.map((u) => (
            <option key={u.param} value={u.param}>
              {u.label}
            </option>
          ))}
        </Select>
        <Select name="ocop" label="Sản phẩm OCOP" value={params.ocop}>
          {Object.keys(OCOP_PARAMS).map((param) => (
            <option key={param} value={param}>
              {OCOP_PARAM_LABELS[param as keyof typeof OCOP_PARAMS]}
            </option>
          ))}
        </Select>
        <Select name="lien-minh" label="Thành viên Liên minh HTX tỉnh" value={params['lien-minh']}>
          {Object.keys(ALLIANCE_PARAMS).map((param) => (
            <option key={param} value={param}>
              {ALLIANCE_PARAM_LABELS[param as keyof typeof ALLIANCE_PARAMS]}
            </option>
          ))}
        </Select>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses('primary')}>
          Tra cứu
        </button>
        {Object.keys(params).length > 0 ? (
          <AppLink href="/hop-tac-xa" className={buttonClasses('secondary')}>
            Xóa bộ lọc
          </AppLink>
        ) : null}
      </div>
    </form>
  );
}
