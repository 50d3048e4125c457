'use client';

import { CheckboxField, FormMessage, InputField, SelectField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';
import { idleState } from '@/lib/actions/state';

/**
 * Adds or edits one link. `parentOptions` is given for menu entries that may go under another
 * entry (the submenu); footer links and entries that have a submenu of their own have no choice.
 */
export function SiteLinkForm({
  action,
  initial,
  parentOptions,
  submitLabel,
  resetOnSuccess = false,
}: {
  action: FormAction;
  initial: Record<string, string>;
  parentOptions?: Option[];
  submitLabel: string;
  resetOnSuccess?: boolean;
}) {
  const { state, round, dispatch } = useFormAction(action);
  const start = resetOnSuccess && state.status === 'success' ? idleState : state;
  const v = (name: string) => valueOf(start, initial, name);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <InputField label="Tên hiển thị" name="label" required defaultValue={v('label')} error={errorOf(state, 'label')} hint="Tối đa 60 ký tự." />
        <InputField
          label="Đường dẫn"
          name="href"
          required
          spellCheck={false}
          autoCapitalize="off"
          defaultValue={v('href')}
          error={errorOf(state, 'href')}
          hint="Trang của cổng bắt đầu bằng “/”, ví dụ /tin-tuc; hoặc địa chỉ trang web khác, bắt đầu bằng https://."
        />
        {parentOptions ? (
          <SelectField
            label="Thuộc mục"
            name="parentId"
            placeholder="— Cấp đầu của menu —"
            options={parentOptions}
            defaultValue={v('parentId')}
            error={errorOf(state, 'parentId')}
            hint="Chọn một mục để đặt liên kết này vào menu con của mục đó."
          />
        ) : errorOf(state, 'parentId') ? (
          <p className="text-red-800">{errorOf(state, 'parentId')}</p>
        ) : null}
        <CheckboxField label="Hiện trên cổng thông tin" name="visible" defaultChecked={checkedOf(start, initial, 'visible')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
