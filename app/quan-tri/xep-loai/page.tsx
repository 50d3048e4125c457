import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, type SelectGroup } from '@/components/ui/form-fields';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { organizationRoles, roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { submissionStateLabels } from '@/lib/format/labels';
import { formatNumber, formatPercent } from '@/lib/format/number';
import type { Rating } from '@/lib/generated/prisma/enums';
import { KIND_PARAMS } from '@/lib/organizations/filters';
import { getUnitLabel, getUnitOptions } from '@/lib/organizations/queries';
import { ORG_KIND_LABELS, ORG_KIND_SHORT, RATING_LABELS } from '@/lib/organizations/sectors';
import { ratingScopeOf } from '@/lib/ratings/access';
import { pointsText, toHundredths } from '@/lib/ratings/compute';
import { parseRatingFilters, RATING_PARAMS, ratingFilterParams, ratingListHref, STATE_PARAMS } from '@/lib/ratings/filters';
import { currentYear, getBandCounts, getRatingList, getRatingYears } from '@/lib/ratings/queries';

import { RatingBadge, StateBadge } from './_components/badges';

export const metadata = { title: 'Xếp loại hợp tác xã' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BAND_ORDER: Rating[] = ['GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'NOT_RATED'];

const options = <T extends string>(params: Record<string, T>, labels: Record<T, string>) =>
  Object.entries(params).map(([value, code]) => ({ value, label: labels[code as T] }));

export default async function RatingsPage({ searchParams }: Props) {
  const user = await requirePermission('rating.assess');
  const scope = ratingScopeOf(user);
  const representative = organizationRoles.includes(user.role);
  const years = await getRatingYears();
  // The last full year by default: the one being assessed in the first months of the next.
  const filters = parseRatingFilters(await searchParams, years, Math.max(years[years.length - 1] ?? currentYear(), currentYear() - 1));
  const [list, counts, units, scopeName] = await Promise.all([
    getRatingList(filters, scope),
    getBandCounts(filters, scope),
    representative ? [] : getUnitOptions(scope.unitId),
    scope.unitId != null ? getUnitLabel(scope.unitId) : null,
  ]);
  const assessed = counts.filter((c) => c.rating != null).reduce((a, c) => a + c.all, 0);
  const missing = counts.find((c) => c.rating == null)?.all ?? 0;
  const byRating = new Map(counts.filter((c) => c.rating != null).map((c) => [c.rating!, c]));
  const current = ratingFilterParams(filters);
  const { trang: _page, ...keep } = current;
  const unitGroups: SelectGroup[] = [
    { label: 'Đơn vị hiện nay', options: units.filter((u) => u.current).map((u) => ({ value: String(u.id), label: u.label })) },
    { label: 'Đơn vị trước sắp xếp', options: units.filter((u) => !u.current).map((u) => ({ value: String(u.id), label: u.label })) },
  ].filter((g) => g.options.length > 0);
  const stateLabels = { ...submissionStateLabels, MISSING: 'Chưa tự đánh giá' };

  return (
    <>
      <PageTitle
        description={
          representative
            ? 'Phiếu tự đánh giá xếp loại của tổ chức bạn đại diện: chấm điểm theo bộ tiêu chí, gửi Liên minh Hợp tác xã xác nhận.'
            : `Tự đánh giá và xác nhận xếp loại hợp tác xã theo bộ tiêu chí đang áp dụng${scopeName ? ` — địa bàn ${scopeName}` : ''}.`
        }
      >
        Xếp loại hợp tác xã năm {filters.year}
      </PageTitle>

      {roleHas(user.role, 'rating.manage') ? (
        <p className="mb-4">
          <Link href="/quan-tri/xep-loai/bo-tieu-chi" className="font-medium text-brand-800 underline hover:text-brand-900">
            Bộ tiêu chí xếp loại
          </Link>
        </p>
      ) : null}

      <form method="get" action="/quan-tri/xep-loai" role="search" aria-label="Lọc danh sách xếp loại" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5">
          <SelectField name="nam" label="Năm" options={years.map((y) => ({ value: String(y), label: String(y) }))} defaultValue={String(filters.year)} />
          <SelectField name="trang-thai" label="Trạng thái" options={options(STATE_PARAMS, stateLabels)} placeholder="Tất cả" defaultValue={current['trang-thai'] ?? ''} />
          <SelectField name="xep-loai" label="Xếp loại" options={options(RATING_PARAMS, RATING_LABELS)} placeholder="Tất cả" defaultValue={current['xep-loai'] ?? ''} />
          {representative ? null : (
            <>
              <SelectField name="don-vi" label="Địa bàn" groups={unitGroups} placeholder="Tất cả" defaultValue={current['don-vi'] ?? ''} />
              <SelectField name="loai" label="Loại hình" options={options(KIND_PARAMS, ORG_KIND_LABELS)} placeholder="Tất cả" defaultValue={current.loai ?? ''} />
            </>
          )}
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc danh sách
          </button>
          <Link href={`/quan-tri/xep-loai?nam=${filters.year}`} className={buttonClasses('secondary')}>
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <section aria-labelledby="ket-qua-xep-loai" className="mb-6">
        <h2 id="ket-qua-xep-loai" className="mb-3 text-xl font-semibold text-slate-900">
          Kết quả năm {filters.year}
        </h2>
        <Table caption={`Số tổ chức theo mức xếp loại năm ${filters.year}`}>
          <thead>
            <tr>
              <Th>Mức xếp loại</Th>
              <Th className="text-right">Số tổ chức</Th>
              <Th className="text-right">Tỷ lệ</Th>
              <Th className="text-right">Trong đó đã xác nhận</Th>
            </tr>
          </thead>
          <tbody>
            {BAND_ORDER.map((r) => {
              const c = byRating.get(r);
              return (
                <tr key={r}>
                  <Td>
                    <Link href={ratingListHref(filters, { rating: r, state: undefined, page: 1 })} className="text-brand-800 hover:underline">
                      {RATING_LABELS[r]}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{formatNumber(c?.all ?? 0)}</Td>
                  <Td className="text-right tabular-nums">{assessed > 0 ? formatPercent(((c?.all ?? 0) * 100) / assessed) : '—'}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(c?.confirmed ?? 0)}</Td>
                </tr>
              );
            })}
            <tr>
              <Td>
                <Link href={ratingListHref(filters, { state: 'MISSING', rating: undefined, page: 1 })} className="text-brand-800 hover:underline">
                  Chưa tự đánh giá
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{formatNumber(missing)}</Td>
              <Td className="text-right">—</Td>
              <Td className="text-right">—</Td>
            </tr>
          </tbody>
        </Table>
      </section>

      <p className="mb-3 text-slate-700" aria-live="polite">
        {formatNumber(list.total)} tổ chức.
      </p>
      {list.items.length > 0 ? (
        <Table caption={`Danh sách xếp loại năm ${filters.year}`}>
          <thead>
            <tr>
              <Th className="min-w-72">Tổ chức</Th>
              <Th>Địa bàn</Th>
              <Th className="text-right">Tổng điểm</Th>
              <Th>Xếp loại</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((r) => (
              <tr key={r.organizationId}>
                <Td>
                  <Link href={`/quan-tri/xep-loai/${r.organizationId}/${filters.year}`} className="font-medium text-brand-800 hover:underline">
                    {r.name}
                  </Link>
                  <span className="block text-sm text-slate-600">{ORG_KIND_SHORT[r.kind]}</span>
                </Td>
                <Td className="min-w-40">{r.unitName}</Td>
                <Td className="text-right tabular-nums">{r.totalPoints != null ? pointsText(toHundredths(Number(r.totalPoints))) : '—'}</Td>
                <Td>{r.rating ? <RatingBadge rating={r.rating} /> : '—'}</Td>
                <Td>
                  <StateBadge state={r.state} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={`Không có tổ chức nào ${filters.state || filters.rating ? 'khớp với bộ lọc' : 'phải tự đánh giá xếp loại'} năm ${filters.year}.`}>
          {filters.state || filters.rating || filters.unitId || filters.kind ? (
            <Link href={`/quan-tri/xep-loai?nam=${filters.year}`} className="text-brand-800 underline">
              Xóa bộ lọc
            </Link>
          ) : null}
        </EmptyState>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} pathname="/quan-tri/xep-loai" params={keep} />
    </>
  );
}
