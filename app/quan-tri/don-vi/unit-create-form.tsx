'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { fieldError, FormMessage, InputField, SelectField, typed, type OptionGroup } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import type { UnitLevel } from '@/lib/generated/prisma/enums';
import { createUnit } from '@/lib/units/actions';
import { unitLevelLabels, unitTypesByLevel } from '@/lib/units/labels';

const idle: ActionState = { status: 'idle' };

const levelOptions = Object.entries(unitLevelLabels).map(([value, label]) => ({ value, label }));

/** Code, name, level, type (its choices follow the level) and parent of a new unit; `prefix` names the fields. */
export function NewUnitFields({
  state,
  parents,
  prefix = '',
  defaultLevel = 'COMMUNE',
}: {
  state: ActionState;
  parents: OptionGroup[];
  prefix?: string;
  defaultLevel?: UnitLevel;
}) {
  const initialLevel = typed(state, `${prefix}level`, defaultLevel);
  const [level, setLevel] = useState<UnitLevel>(initialLevel in unitTypesByLevel ? (initialLevel as UnitLevel) : defaultLevel);
  const types = unitTypesByLevel[level].map((t) => ({ value: t, label: t }));
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <InputField
        label="Mã đơn vị"
        name={`${prefix}code`}
        required
        defaultValue={typed(state, `${prefix}code`)}
        error={fieldError(state, `${prefix}code`)}
        hint="Mã theo danh mục đơn vị hành chính; không trùng với đơn vị khác cùng ngày hiệu lực."
      />
      <InputField label="Tên đơn vị" name={`${prefix}name`} required defaultValue={typed(state, `${prefix}name`)} error={fieldError(state, `${prefix}name`)} hint="Không kèm loại, ví dụ “Giồng Riềng”." />
      <SelectField
        label="Cấp"
        name={`${prefix}level`}
        required
        options={levelOptions}
        value={level}
        onChange={(e) => setLevel(e.currentTarget.value as UnitLevel)}
        error={fieldError(state, `${prefix}level`)}
      />
      <SelectField
        key={level}
        label="Loại"
        name={`${prefix}type`}
        required
        options={types}
        defaultValue={types.some((t) => t.value === typed(state, `${prefix}type`)) ? typed(state, `${prefix}type`) : types[0].value}
        error={fieldError(state, `${prefix}type`)}
      />
      <SelectField
        className="sm:col-span-2"
        label="Đơn vị cấp trên"
        name={`${prefix}parentId`}
        placeholder="— Không có (đơn vị cấp tỉnh) —"
        groups={parents}
        defaultValue={typed(state, `${prefix}parentId`)}
        error={fieldError(state, `${prefix}parentId`)}
        hint="Đơn vị cấp huyện thuộc tỉnh; đơn vị cấp xã thuộc huyện hoặc (từ 01/7/2025) trực thuộc tỉnh."
      />
    </div>
  );
}

export function UnitCreateForm({ parents }: { parents: OptionGroup[] }) {
  const [state, action] = useActionState(createUnit, idle);
  if (state.status === 'success') {
    return (
      <div className="max-w-2xl space-y-5">
        <FormMessage state={state} />
        <p className="flex flex-wrap gap-3">
          <Link href={`/quan-tri/don-vi/${state.values?.id ?? ''}`} className={buttonClasses('primary')}>
            Xem đơn vị
          </Link>
          <Link href="/quan-tri/don-vi" className={buttonClasses('secondary')}>
            Về cây đơn vị
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <FormMessage state={state} />
      <NewUnitFields state={state} parents={parents} />
      <InputField
        label="Ngày có hiệu lực"
        name="validFrom"
        type="date"
        required
        defaultValue={typed(state, 'validFrom')}
        error={fieldError(state, 'validFrom')}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton>Thêm đơn vị</SubmitButton>
        <Link href="/quan-tri/don-vi" className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
