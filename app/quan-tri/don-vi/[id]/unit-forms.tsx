'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { fieldError, FormMessage, InputField, SelectField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import type { UnitLevel } from '@/lib/generated/prisma/enums';
import { closeUnit, renameUnit } from '@/lib/units/actions';
import { unitTypesByLevel } from '@/lib/units/labels';

const idle: ActionState = { status: 'idle' };

export function RenameUnitForm({ unitId, name, type, level }: { unitId: number; name: string; type: string; level: UnitLevel }) {
  const [state, action] = useActionState(renameUnit.bind(null, unitId), idle);
  const types = unitTypesByLevel[level].map((t) => ({ value: t, label: t }));
  if (!types.some((t) => t.value === type)) types.unshift({ value: type, label: type });
  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage state={state} />
      <InputField label="Tên đơn vị" name="name" required defaultValue={typed(state, 'name', name)} error={fieldError(state, 'name')} />
      <SelectField label="Loại" name="type" required options={types} defaultValue={typed(state, 'type', type)} error={fieldError(state, 'type')} />
      <SubmitButton>Lưu tên mới</SubmitButton>
    </form>
  );
}

export function CloseUnitForm({ unitId, label, blockers }: { unitId: number; label: string; blockers: string | null }) {
  const [state, action] = useActionState(closeUnit.bind(null, unitId), idle);
  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage state={state} />
      {blockers ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-slate-800">
          Đơn vị còn {blockers}: chưa thể đóng. Hãy chuyển sang đơn vị khác, hoặc ghi nhận sáp nhập để chuyển cùng lúc.
        </p>
      ) : null}
      <InputField
        label="Ngày cuối cùng có hiệu lực"
        name="validTo"
        type="date"
        required
        defaultValue={typed(state, 'validTo')}
        error={fieldError(state, 'validTo')}
      />
      <ConfirmSubmit
        title={`Đóng ${label}?`}
        description="Đơn vị sẽ không còn được chọn cho tổ chức và người dùng sau ngày này. Lịch sử và báo cáo cũ vẫn giữ nguyên."
        confirmLabel="Đóng đơn vị"
        pendingLabel="Đang đóng…"
      >
        Đóng đơn vị
      </ConfirmSubmit>
    </form>
  );
}
