'use client';

import Link from 'next/link';
import { useActionState, useId, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { CheckboxField, fieldError, FormMessage, InputField, RadioGroup, SelectField, TextAreaField, typed, type OptionGroup } from '@/components/workspace/form-fields';
import type { ActionState } from '@/lib/actions/state';
import { mergeUnits } from '@/lib/units/actions';

import { NewUnitFields } from '../unit-create-form';

const idle: ActionState = { status: 'idle' };

type Props = { candidates: OptionGroup[]; successors: OptionGroup[]; parents: OptionGroup[]; preselected: number | null };

export function MergeForm(props: Props) {
  // After a merge the page's lists change: a new round starts from the fresh props.
  const [round, setRound] = useState(0);
  return <MergeRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function MergeRound({ candidates, successors, parents, preselected, onAnother }: Props & { onAnother: () => void }) {
  const [state, action] = useActionState(mergeUnits, idle);
  const id = useId();
  const echoed = typed(state, 'predecessorIds');
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(echoed ? echoed.split(',') : preselected ? [String(preselected)] : []),
  );
  const [target, setTarget] = useState(typed(state, 'target', 'existing'));
  const predecessorsError = fieldError(state, 'predecessorIds');

  if (state.status === 'success') {
    return (
      <div className="max-w-3xl space-y-5">
        <FormMessage state={state} />
        <p className="flex flex-wrap gap-3">
          <Link href={`/quan-tri/don-vi/${state.values?.successorId ?? ''}`} className={buttonClasses('primary')}>
            Xem đơn vị mới
          </Link>
          <button type="button" onClick={onAnother} className={buttonClasses('secondary')}>
            Ghi nhận sáp nhập khác
          </button>
          <Link href="/quan-tri/don-vi" className={buttonClasses('ghost')}>
            Về cây đơn vị
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <FormMessage state={state} />

      <fieldset aria-describedby={`${id}-old-hint${predecessorsError ? ` ${id}-old-error` : ''}`}>
        <legend className="text-lg font-bold text-slate-900">1. Các đơn vị cũ</legend>
        <p id={`${id}-old-hint`} className="mt-1 text-sm text-slate-600">
          Chọn các đơn vị được sáp nhập. Tỷ lệ (không bắt buộc) là phần của đơn vị cũ chuyển sang đơn vị mới, dùng khi cộng dồn số liệu cũ theo
          đơn vị mới.
        </p>
        {predecessorsError ? (
          <p id={`${id}-old-error`} className="mt-1 text-red-800">
            {predecessorsError}
          </p>
        ) : null}
        <div className="mt-3 max-h-[28rem] space-y-4 overflow-y-auto rounded-md border border-slate-300 p-4">
          {candidates.map((group) => (
            <fieldset key={group.label}>
              <legend className="font-semibold text-slate-800">{group.label}</legend>
              <ul className="mt-2 space-y-2">
                {group.options.map((o) => {
                  const checked = selected.has(o.value);
                  return (
                    <li key={o.value} className="flex flex-wrap items-center gap-x-4 gap-y-2">
                      <CheckboxField
                        label={o.label}
                        name="predecessorIds"
                        value={o.value}
                        checked={checked}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.currentTarget.checked) next.add(o.value);
                          else next.delete(o.value);
                          setSelected(next);
                        }}
                      />
                      {checked ? (
                        <InputField
                          className="w-52"
                          label={`Tỷ lệ của ${o.label} (%)`}
                          name={`shares.${o.value}`}
                          inputMode="decimal"
                          defaultValue={typed(state, `shares.${o.value}`)}
                          error={fieldError(state, `shares.${o.value}`)}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-bold text-slate-900">2. Đơn vị mới</legend>
        <div onChange={(e) => setTarget((e.target as HTMLInputElement).value)}>
          <RadioGroup
            legend="Đơn vị mới là"
            name="target"
            defaultValue={target}
            error={fieldError(state, 'target')}
            options={[
              { value: 'existing', label: 'Một đơn vị đã có trong danh mục' },
              { value: 'new', label: 'Một đơn vị mới, tạo cùng lúc (có hiệu lực từ ngày sáp nhập)' },
            ]}
          />
        </div>
        {target === 'new' ? (
          <NewUnitFields state={state} parents={parents} prefix="newUnit." />
        ) : (
          <SelectField
            label="Đơn vị mới"
            name="successorId"
            placeholder="— Chọn đơn vị —"
            groups={successors}
            defaultValue={typed(state, 'successorId')}
            error={fieldError(state, 'successorId')}
          />
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-bold text-slate-900">3. Thời điểm và căn cứ</legend>
        <InputField
          label="Ngày sáp nhập có hiệu lực"
          name="effectiveOn"
          type="date"
          required
          defaultValue={typed(state, 'effectiveOn')}
          error={fieldError(state, 'effectiveOn')}
          hint="Các đơn vị cũ có hiệu lực đến hết ngày hôm trước."
        />
        <TextAreaField
          label="Căn cứ, ghi chú"
          name="note"
          rows={2}
          className="[&_textarea]:min-h-20"
          defaultValue={typed(state, 'note')}
          error={fieldError(state, 'note')}
          hint="Ví dụ: Nghị quyết số 1234/NQ-UBTVQH15 ngày 16/6/2025."
        />
        <CheckboxField
          name="moveOrganizations"
          defaultChecked={typed(state, 'moveOrganizations', state.status === 'idle' ? 'on' : '') === 'on'}
          label="Chuyển các tổ chức đang hoạt động của đơn vị cũ sang đơn vị mới"
          hint="Tổ chức đã giải thể, sáp nhập… và các báo cáo cũ vẫn gắn với đơn vị cũ."
        />
        <CheckboxField
          name="moveUsers"
          defaultChecked={typed(state, 'moveUsers', state.status === 'idle' ? 'on' : '') === 'on'}
          label="Chuyển địa bàn của cán bộ phụ trách đơn vị cũ sang đơn vị mới"
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <ConfirmSubmit
          tone="primary"
          title="Ghi nhận sáp nhập?"
          description={`Các đơn vị cũ đã chọn (${selected.size}) sẽ đóng vào ngày trước ngày sáp nhập. Thao tác này không hoàn tác tự động được.`}
          confirmLabel="Ghi nhận sáp nhập"
          pendingLabel="Đang ghi nhận…"
        >
          Ghi nhận sáp nhập
        </ConfirmSubmit>
        <Link href="/quan-tri/don-vi" className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
