'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { CheckboxField, FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';
import { type ActionState, idleState } from '@/lib/actions/state';
import { copyPreviousWeek, deleteScheduleEntry, publishWeek } from '@/lib/schedule/actions';

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  /** The week's days to choose from (a new entry); without them the date is typed (an edit). */
  dayOptions?: Option[];
  submitLabel: string;
  /** Empty the form after a success (adding several entries in a row). */
  resetOnSuccess?: boolean;
};

export function ScheduleEntryForm({ action, initial, dayOptions, submitLabel, resetOnSuccess = false }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const start = resetOnSuccess && state.status === 'success' ? idleState : state;
  const v = (name: string) => valueOf(start, initial, name);
  const e = (name: string) => errorOf(state, name);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <div className="grid gap-4 md:grid-cols-3">
          {dayOptions ? (
            <SelectField label="Ngày" name="date" required options={dayOptions} defaultValue={v('date')} error={e('date')} />
          ) : (
            <InputField label="Ngày" name="date" type="date" required defaultValue={v('date')} error={e('date')} />
          )}
          <InputField label="Giờ bắt đầu" name="startTime" type="time" required defaultValue={v('startTime')} error={e('startTime')} />
          <InputField label="Giờ kết thúc" name="endTime" type="time" hint="Không bắt buộc." defaultValue={v('endTime')} error={e('endTime')} />
        </div>
        <TextAreaField label="Nội dung" name="content" required rows={3} defaultValue={v('content')} error={e('content')} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextAreaField label="Thành phần" name="attendees" rows={2} hint="Ai dự, ví dụ: Đ/c Chủ tịch; Phó Chủ tịch Nguyễn Văn A." defaultValue={v('attendees')} error={e('attendees')} />
          <InputField label="Địa điểm" name="place" defaultValue={v('place')} error={e('place')} />
          <InputField label="Chuẩn bị" name="preparer" hint="Phòng hoặc người chuẩn bị." defaultValue={v('preparer')} error={e('preparer')} />
          <InputField label="Ghi chú" name="note" defaultValue={v('note')} error={e('note')} />
        </div>
        <CheckboxField label="Công bố trên cổng thông tin" name="published" defaultChecked={checkedOf(start, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function DeleteEntryForm({ entryId, label }: { entryId: number; label: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteScheduleEntry.bind(null, entryId), idleState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa mục lịch?" description={label} confirmLabel="Xóa">
        {`Xóa: ${label}`}
      </ConfirmSubmit>
    </form>
  );
}

export function WeekActions({ week, canCopy, unpublished }: { week: string; canCopy: boolean; unpublished: number }) {
  const [copyState, copy] = useActionState<ActionState, FormData>(copyPreviousWeek.bind(null, week), idleState);
  const [publishState, publish] = useActionState<ActionState, FormData>(publishWeek.bind(null, week), idleState);
  return (
    <div className="flex flex-wrap items-start gap-4">
      {canCopy ? (
        <form action={copy} className="space-y-2">
          <SubmitButton variant="secondary" pendingLabel="Đang sao chép…">
            Sao chép lịch tuần trước
          </SubmitButton>
          <FormMessage state={copyState} />
        </form>
      ) : null}
      {unpublished > 0 ? (
        <form action={publish} className="space-y-2">
          <SubmitButton variant="secondary" pendingLabel="Đang công bố…">{`Công bố cả tuần (${unpublished} mục chưa công bố)`}</SubmitButton>
          <FormMessage state={publishState} />
        </form>
      ) : null}
    </div>
  );
}
