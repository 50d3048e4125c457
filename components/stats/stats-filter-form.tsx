import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { CheckboxField, InputField, SelectField, type SelectGroup } from '@/components/ui/form-fields';
import { KIND_PARAMS, SECTOR_GROUP_PARAMS, SECTOR_PARAMS } from '@/lib/organizations/filters';
import { ORG_KIND_LABELS, SECTOR_GROUP, SECTOR_GROUP_LABELS, SECTOR_LABELS } from '@/lib/organizations/sectors';
import { UNIT_MODE_LABELS } from '@/lib/stats/labels';
import { statsParamRecord, type StatsParams } from '@/lib/stats/params';
import type { StatsUnit } from '@/lib/stats/units';

const options = <T extends string>(params: Record<string, T>, labels: Record<T, string>) =>
  Object.entries(params).map(([value, code]) => ({ value, label: labels[code as T] }));

/**
 * The dashboard's filters as a plain GET form: every filter lands in the URL, so a view can be
 * bookmarked and forwarded, and the form works without JavaScript.
 */
export function StatsFilterForm({
  action,
  params,
  today,
  units,
  allUnits,
}: {
  action: string;
  params: StatsParams;
  today: string;
  /** Units offered (a district officer: their own and below). */
  units: StatsUnit[];
  /** Offer "the whole province" (not to a district officer). */
  allUnits: boolean;
}) {
  const current = statsParamRecord(params, today);
  const sectorGroups: SelectGroup[] = Object.entries(SECTOR_GROUP_PARAMS).map(([, group]) => ({
    label: SECTOR_GROUP_LABELS[group],
    options: Object.entries(SECTOR_PARAMS)
      .filter(([, sector]) => SECTOR_GROUP[sector] === group)
      .map(([value, sector]) => ({ value, label: SECTOR_LABELS[sector] })),
  }));
  const isCurrent = (u: StatsUnit) => u.validTo === null || u.validTo >= today;
  const unitGroups: SelectGroup[] = [
    { label: 'Đơn vị hiện nay', options: units.filter(isCurrent).map((u) => ({ value: String(u.id), label: u.label })) },
    { label: 'Đơn vị trước sắp xếp (đến 30/6/2025)', options: units.filter((u) => !isCurrent(u)).map((u) => ({ value: String(u.id), label: u.label })) },
  ].filter((g) => g.options.length > 0);

  return (
    <form method="get" action={action} role="search" aria-label="Lọc số liệu thống kê" className="rounded-lg border border-slate-200 bg-white p-5 print:hidden">
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <InputField name="ngay" label="Tính đến ngày" type="date" defaultValue={params.asOf} max={today} min="2000-01-01" required />
        <SelectField
          name="don-vi"
          label="Địa bàn"
          groups={unitGroups}
          placeholder={allUnits ? 'Toàn tỉnh' : undefined}
          defaultValue={current['don-vi'] ?? ''}
        />
        <SelectField
          name="quy-doi"
          label="Cách tính theo địa bàn"
          options={[
            { value: 'thoi-diem', label: `Theo đơn vị tại thời điểm số liệu` },
            { value: 'hien-nay', label: `Quy đổi về đơn vị hiện nay` },
          ]}
          defaultValue={params.unitMode === 'TODAY' ? 'hien-nay' : 'thoi-diem'}
          hint={`Hiện đang ${UNIT_MODE_LABELS[params.unitMode]}.`}
        />
        <SelectField name="loai" label="Loại hình" options={options(KIND_PARAMS, ORG_KIND_LABELS)} placeholder="Tất cả" defaultValue={current.loai ?? ''} />
        <SelectField name="nhom-nganh" label="Nhóm lĩnh vực" options={options(SECTOR_GROUP_PARAMS, SECTOR_GROUP_LABELS)} placeholder="Tất cả" defaultValue={current['nhom-nganh'] ?? ''} />
        <SelectField name="nganh" label="Lĩnh vực" groups={sectorGroups} placeholder="Tất cả" defaultValue={current.nganh ?? ''} />
        <CheckboxField name="chua-duyet" value="1" label="Gồm cả báo cáo chưa được duyệt" defaultChecked={params.includeUnapproved} className="self-end" />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClasses('primary')}>
          Xem số liệu
        </button>
        <Link href={action} className={buttonClasses('ghost')}>
          Đặt lại
        </Link>
      </div>
    </form>
  );
}
