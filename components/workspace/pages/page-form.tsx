'use client';

import { CheckboxField, FormMessage, InputField, SelectField, TextAreaField } from '@/components/workspace/form-fields';
import type { PickedImage } from '@/components/workspace/rich-text/image-picker';
import { RichTextEditor } from '@/components/workspace/rich-text/rich-text-editor';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';
import { uploadPageImage } from '@/lib/pages/actions';

export function PageForm({
  action,
  initial,
  images,
  submitLabel,
  withLocale,
}: {
  action: FormAction;
  initial: Record<string, string>;
  /** The newest images of the media library, for the editor's "Chèn ảnh". */
  images: PickedImage[];
  submitLabel: string;
  withLocale: boolean;
}) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  return (
    <form action={dispatch} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <InputField label="Tiêu đề" name="title" required defaultValue={v('title')} error={errorOf(state, 'title')} />
        {withLocale ? (
          <SelectField
            label="Ngôn ngữ"
            name="locale"
            options={[
              { value: 'vi', label: 'Tiếng Việt (địa chỉ /<tên-trang>)' },
              { value: 'en', label: 'Tiếng Anh (địa chỉ /en/<tên-trang>)' },
            ]}
            defaultValue={v('locale') || 'vi'}
            error={errorOf(state, 'locale')}
          />
        ) : null}
        <TextAreaField label="Tóm tắt" name="summary" rows={2} hint="Hiện dưới tiêu đề và trong kết quả tìm kiếm." defaultValue={v('summary')} error={errorOf(state, 'summary')} />
        <RichTextEditor
          name="body"
          label="Nội dung"
          profile="page"
          required
          hint="Dán được từ Word hoặc trang web: định dạng thừa được bỏ, giữ lại tiêu đề, danh sách, bảng, liên kết và ảnh từ thư viện media."
          defaultValue={v('body')}
          error={errorOf(state, 'body')}
          images={{ choices: images, upload: uploadPageImage }}
        />
        <CheckboxField label="Công khai" name="published" defaultChecked={checkedOf(state, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
