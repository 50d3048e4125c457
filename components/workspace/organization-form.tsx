'use client';

import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { CheckboxField, FormSection, InputField, SelectField, TextareaField, type SelectGroup } from '@/components/ui/form-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AllianceMembership, OrgKind, Sector, SectorGroup } from '@/lib/generated/prisma/enums';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  SECTOR_GROUP,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';

import { checkedOf, errorOf, useFormAction, valueOf, type FormAction } from './use-form-action';

export const ORGANIZATION_FORM_LABELS: Record<string, string> = {
  kind: 'Loại hình',
  name: 'Tên tổ chức',
  shortName: 'Tên viết tắt',
  registrationNumber: 'Số đăng ký (mã số HTX)',
  taxCode: 'Mã số thuế',
  sector: 'Lĩnh vực hoạt động',
  unitId: 'Đơn vị hành chính',
  address: 'Địa chỉ trụ sở',
  phone: 'Điện thoại',
  email: 'Email',
  website: 'Trang web',
  leaderName: 'Họ tên người đại diện',
  leaderTitle: 'Chức danh',
  establishedOn: 'Ngày thành lập',
  charterCapital: 'Vốn điều lệ (đồng)',
  allianceMembership: 'Thành viên Liên minh HTX tỉnh',
  allianceJoinedOn: 'Ngày gia nhập Liên minh',
  mainProducts: 'Sản phẩm, dịch vụ chính',
  description: 'Giới thiệu',
  isNewModel: 'HTX kiểu mới (Đề án 167)',
  hasValueChainLink: 'Có liên kết chuỗi giá trị',
  hasVietGap: 'Có chứng nhận VietGAP',
  hasGlobalGap: 'Có chứng nhận GlobalGAP',
};
const L = ORGANIZATION_FORM_LABELS;

const kindOptions = (Object.keys(ORG_KIND_LABELS) as OrgKind[]).map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }));
const sectorGroups: SelectGroup[] = (Object.keys(SECTOR_GROUP_LABELS) as SectorGroup[]).map((g) => ({
  label: SECTOR_GROUP_LABELS[g],
  options: (Object.keys(SECTOR_GROUP) as Sector[]).filter((s) => SECTOR_GROUP[s] === g).map((s) => ({ value: s, label: SECTOR_LABELS[s] })),
}));
const allianceOptions = (['NONE', 'OFFICIAL', 'ASSOCIATED'] as AllianceMembership[]).map((m) => ({
  value: m,
  label: ALLIANCE_MEMBERSHIP_LABELS[m],
}));

export function OrganizationForm({
  action,
  initial,
  units,
  mode,
  cancelHref,
}: {
  action: FormAction;
  /** The record's values as form strings (empty for a new organization). */
  initial: Record<string, string>;
  units: { id: number; label: string }[];
  mode: 'create' | 'edit';
  cancelHref: string;
}) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  const c = (name: string) => checkedOf(state, initial, name);

  return (
    <form action={dispatch} noValidate className="space-y-6">
      <FormAlert state={state} round={round} labels={L} />
      {/* Remounted with every answer so that each field shows exactly what was typed. */}
      <div key={round} className="space-y-6">
        {mode === 'edit' ? <input type="hidden" name="version" defaultValue={v('version')} /> : null}

        <FormSection title="Thông tin chung">
          <SelectField name="kind" label={L.kind} required options={kindOptions} placeholder="— Chọn loại hình —" defaultValue={v('kind')} error={e('kind')} />
          <SelectField
            name="sector"
            label={L.sector}
            required
            groups={sectorGroups}
            placeholder="— Chọn lĩnh vực —"
            defaultValue={v('sector')}
            error={e('sector')}
            hint="Nhóm ngành (nông nghiệp, phi nông nghiệp, tín dụng) được xác định theo lĩnh vực."
          />
          <InputField name="name" label={L.name} required defaultValue={v('name')} error={e('name')} className="md:col-span-2" autoComplete="off" />
          <InputField name="shortName" label={L.shortName} defaultValue={v('shortName')} error={e('shortName')} autoComplete="off" />
          <InputField
            name="establishedOn"
            label={L.establishedOn}
            type="date"
            defaultValue={v('establishedOn')}
            error={e('establishedOn')}
          />
          <InputField
            name="registrationNumber"
            label={L.registrationNumber}
            defaultValue={v('registrationNumber')}
            error={e('registrationNumber')}
            hint="Tổ hợp tác có thể chưa có số đăng ký."
            autoComplete="off"
          />
          <InputField
            name="taxCode"
            label={L.taxCode}
            defaultValue={v('taxCode')}
            error={e('taxCode')}
            hint="10 chữ số, hoặc 10 chữ số – 3 chữ số (đơn vị phụ thuộc)."
            inputMode="numeric"
            autoComplete="off"
          />
        </FormSection>

        <FormSection title="Địa bàn và liên hệ">
          <SelectField
            name="unitId"
            label={L.unitId}
            required
            options={units.map((u) => ({ value: String(u.id), label: u.label }))}
            placeholder="— Chọn xã, phường —"
            defaultValue={v('unitId')}
            error={e('unitId')}
          />
          <InputField name="phone" label={L.phone} type="tel" defaultValue={v('phone')} error={e('phone')} autoComplete="off" />
          <InputField name="address" label={L.address} defaultValue={v('address')} error={e('address')} className="md:col-span-2" autoComplete="off" />
          <InputField name="email" label={L.email} type="email" defaultValue={v('email')} error={e('email')} autoComplete="off" />
          <InputField name="website" label={L.website} defaultValue={v('website')} error={e('website')} autoComplete="off" />
        </FormSection>

        <FormSection title="Người đại diện theo pháp luật">
          <InputField name="leaderName" label={L.leaderName} defaultValue={v('leaderName')} error={e('leaderName')} autoComplete="off" />
          <InputField name="leaderTitle" label={L.leaderTitle} defaultValue={v('leaderTitle')} error={e('leaderTitle')} hint="Ví dụ: Chủ tịch HĐQT kiêm Giám đốc." />
        </FormSection>

        <FormSection title="Vốn điều lệ và Liên minh HTX">
          <InputField
            name="charterCapital"
            label={L.charterCapital}
            defaultValue={v('charterCapital')}
            error={e('charterCapital')}
            hint="Số đồng, ví dụ 1.500.000.000."
            inputMode="numeric"
            autoComplete="off"
          />
          <div className="hidden md:block" />
          <SelectField
            name="allianceMembership"
            label={L.allianceMembership}
            options={allianceOptions}
            defaultValue={v('allianceMembership') || 'NONE'}
            error={e('allianceMembership')}
          />
          <InputField name="allianceJoinedOn" label={L.allianceJoinedOn} type="date" defaultValue={v('allianceJoinedOn')} error={e('allianceJoinedOn')} />
        </FormSection>

        <FormSection title="Sản phẩm và giới thiệu">
          <TextareaField name="mainProducts" label={L.mainProducts} defaultValue={v('mainProducts')} error={e('mainProducts')} className="md:col-span-2" />
          <TextareaField name="description" label={L.description} rows={5} defaultValue={v('description')} error={e('description')} className="md:col-span-2" />
        </FormSection>

        <FormSection title="Đặc điểm">
          <CheckboxField name="isNewModel" label={L.isNewModel} defaultChecked={c('isNewModel')} error={e('isNewModel')} />
          <CheckboxField name="hasValueChainLink" label={L.hasValueChainLink} defaultChecked={c('hasValueChainLink')} error={e('hasValueChainLink')} />
          <CheckboxField name="hasVietGap" label={L.hasVietGap} defaultChecked={c('hasVietGap')} error={e('hasVietGap')} />
          <CheckboxField name="hasGlobalGap" label={L.hasGlobalGap} defaultChecked={c('hasGlobalGap')} error={e('hasGlobalGap')} />
        </FormSection>
      </div>

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Đang lưu…">{mode === 'create' ? 'Lưu tổ chức' : 'Lưu thay đổi'}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
