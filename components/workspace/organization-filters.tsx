import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { InputField, SelectField, type SelectGroup } from '@/components/ui/form-fields';
import {
  ALLIANCE_PARAMS,
  filterParams,
  KIND_PARAMS,
  SECTOR_GROUP_PARAMS,
  SECTOR_PARAMS,
  STATUS_PARAMS,
  type OrganizationFilters,
} from '@/lib/organizations/filters';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_GROUP,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';
import type { UnitOption } from '@/lib/organizations/queries';

const options = <T extends string>(params: Record<string, T>, labels: Record<T, string>) =>
  Object.entries(params).map(([value, code]) => ({ value, label: labels[code as T] }));

/**
 * The list's filters as a plain GET form: the filters land in the URL, so a filtered view can be
 * bookmarked and shared, and the form works without JavaScript.
 */
export function OrganizationFilterForm({ filters, units }: { filters: OrganizationFilters; units: UnitOption[] }) {
  const current = filterParams(filters);
  const sectorGroups: SelectGroup[] = Object.entries(SECTOR_GROUP_PARAMS).map(([, group]) => ({
    label: SECTOR_GROUP_LABELS[group],
    options: Object.entries(SECTOR_PARAMS)
      .filter(([, sector]) => SECTOR_GROUP[sector] === group)
      .map(([value, sector]) => ({ value, label: SECTOR_LABELS[sector] })),
  }));
  const unitGroups: SelectGroup[] = [
    { label: 'Đơn vị hiện nay', options: units.filter((u) => u.current).map((u) => ({ value: String(u.id), label: u.label })) },
    { label: 'Đơn vị trước sắp xếp', options: units.filter((u) => !u.current).map((u) => ({ value: String(u.id), label: u.label })) },
  ].filter((g) => g.options.length > 0);

  return (
    <form method="get" action="/quan-tri/to-chuc" role="search" aria-label="Lọc danh sách tổ chức" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <InputField
          name="q"
          label="Tìm kiếm"
          type="search"
          defaultValue={filters.q ?? ''}
          hint="Tên, số đăng ký hoặc mã số thuế; gõ có dấu hay không dấu đều được."
          className="md:col-span-2"
          maxLength={200}
        />
        <SelectField name="loai" label="Loại hình" options={options(KIND_PARAMS, ORG_KIND_LABELS)} placeholder="Tất cả" defaultValue={current.loai ?? ''} />
        <SelectField name="tinh-trang" label="Tình trạng" options={options(STATUS_PARAMS, ORG_STATUS_LABELS)} placeholder="Tất cả" defaultValue={current['tinh-trang'] ?? ''} />
        <SelectField name="nhom-nganh" label="Nhóm ngành" options={options(SECTOR_GROUP_PARAMS, SECTOR_GROUP_LABELS)} placeholder="Tất cả" defaultValue={current['nhom-nganh'] ?? ''} />
        <SelectField name="nganh" label="Lĩnh vực" groups={sectorGroups} placeholder="Tất cả" defaultValue={current.nganh ?? ''} />
        <SelectField
          name="don-vi"
          label="Địa bàn"
          groups={unitGroups}
          placeholder="Tất cả"
          defaultValue={current['don-vi'] ?? ''}
          hint="Huyện cũ (trước 01/7/2025): gồm các xã kế thừa."
        />
        <SelectField
          name="thanh-vien-lm"
          label="Thành viên Liên minh"
          options={options(ALLIANCE_PARAMS, ALLIANCE_MEMBERSHIP_LABELS)}
          placeholder="Tất cả"
          defaultValue={current['thanh-vien-lm'] ?? ''}
        />
        <SelectField
          name="ocop"
          label="Sản phẩm OCOP"
          options={[
            { value: 'co', label: 'Có sản phẩm OCOP' },
            { value: 'khong', label: 'Chưa có sản phẩm OCOP' },
          ]}
          placeholder="Tất cả"
          defaultValue={current.ocop ?? ''}
        />
      </div>
      {current['sap-xep'] ? <input type="hidden" name="sap-xep" value={current['sap-xep']} /> : null}
      {current.chieu ? <input type="hidden" name="chieu" value={current.chieu} /> : null}
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="submit" className={buttonClasses('primary')}>
          Lọc danh sách
        </button>
        <Link href="/quan-tri/to-chuc" className={buttonClasses('secondary')}>
          Xóa bộ lọc
        </Link>
      </div>
    </form>
  );
}
