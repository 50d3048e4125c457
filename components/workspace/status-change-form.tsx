'use client';

import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { FormSection, InputField, RadioGroupField, SelectField, TextareaField, type SelectOption } from '@/components/ui/form-fields';
import { SubmitButton } from '@/components/ui/submit-button';

import { errorOf, useFormAction, valueOf, type FormAction } from './use-form-action';

const LABELS: Record<string, string> = {
  status: 'Thay đổi',
  effectiveOn: 'Ngày hiệu lực',
  reason: 'Lý do',
  decisionNumber: 'Số quyết định',
  successorId: 'Tổ chức kế thừa',
  correctionReason: 'Lý do sửa',
};

/**
 * Records a change in the status history, or corrects an entry of it (`mode="correct"`, which also
 * asks why). The current status is derived on the server from the whole history.
 */
export function StatusChangeForm({
  action,
  mode,
  statuses,
  successors,
  initial,
  cancelHref,
  createSuccessorHref,
}: {
  action: FormAction;
  mode: 'record' | 'correct';
  statuses: SelectOption[];
  successors: SelectOption[];
  initial: Record<string, string>;
  cancelHref: string;
  /** The conversion flow: create the new organization first, then come back here. */
  createSuccessorHref?: string;
}) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  const correcting = mode === 'correct';

  return (
    <form action={dispatch} noValidate className="space-y-6">
      <FormAlert state={state} round={round} labels={LABELS} />
      <div key={round} className="space-y-6">
        <FormSection title={correcting ? 'Nội dung đúng của mục này' : 'Thay đổi cần ghi nhận'}>
          <RadioGroupField
            name="status"
            label={correcting ? 'Trạng thái' : 'Thay đổi'}
            required
            options={statuses}
            defaultValue={v('status')}
            error={e('status')}
            className="md:col-span-2"
          />
          <InputField
            name="effectiveOn"
            label={LABELS.effectiveOn}
            type="date"
            required
            defaultValue={v('effectiveOn')}
            error={e('effectiveOn')}
            hint="Ngày quyết định có hiệu lực; không được sau hôm nay."
          />
          <InputField
            name="decisionNumber"
            label={LABELS.decisionNumber}
            defaultValue={v('decisionNumber')}
            error={e('decisionNumber')}
            hint="Ví dụ: 125/QĐ-UBND."
            autoComplete="off"
          />
          <TextareaField
            name="reason"
            label={LABELS.reason}
            required={!correcting}
            defaultValue={v('reason')}
            error={e('reason')}
            className="md:col-span-2"
          />
          <SelectField
            name="successorId"
            label={LABELS.successorId}
            options={successors}
            placeholder="— Không có —"
            defaultValue={v('successorId')}
            error={e('successorId')}
            hint={
              <>
                Chỉ dùng khi chuyển đổi (tổ chức được hình thành) hoặc sáp nhập (tổ chức nhận sáp nhập); danh sách gồm các tổ chức
                cùng địa bàn.
                {createSuccessorHref ? (
                  <>
                    {' '}
                    <Link href={createSuccessorHref} className="text-brand-800 underline">
                      Chưa có trong danh sách? Tạo hồ sơ tổ chức mới
                    </Link>
                    .
                  </>
                ) : null}
              </>
            }
            className="md:col-span-2"
          />
          {correcting ? (
            <TextareaField
              name="correctionReason"
              label={LABELS.correctionReason}
              required
              defaultValue={v('correctionReason')}
              error={e('correctionReason')}
              hint="Bắt buộc: lý do được lưu trong lịch sử thay đổi cùng giá trị trước và sau khi sửa."
              className="md:col-span-2"
            />
          ) : null}
        </FormSection>
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Đang lưu…">{correcting ? 'Lưu sửa đổi' : 'Ghi nhận thay đổi'}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
