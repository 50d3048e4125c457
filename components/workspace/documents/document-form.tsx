'use client';

import { CheckboxField, FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { RichTextEditor } from '@/components/workspace/rich-text/rich-text-editor';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  typeOptions: Option[];
  scopeOptions: Option[];
  issuerOptions: Option[];
  submitLabel: string;
};

/** All metadata of a legal document; validity follows from the dates and relations (decision 0005). */
export function DocumentForm({ action, initial, typeOptions, scopeOptions, issuerOptions, submitLabel }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  return (
    <form action={dispatch} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <div key={round} className="space-y-6">
        <div className="grid gap-4 md:grid-cols-3">
          <InputField label="Số hiệu" name="number" required hint="Ví dụ: 45/2021/NĐ-CP" defaultValue={v('number')} error={e('number')} />
          <SelectField label="Loại văn bản" name="type" required placeholder="— Chọn —" options={typeOptions} defaultValue={v('type')} error={e('type')} />
          <SelectField label="Phạm vi" name="scope" required placeholder="— Chọn —" options={scopeOptions} defaultValue={v('scope')} error={e('scope')} />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField label="Cơ quan ban hành" name="issuingBodyId" required placeholder="— Chọn —" options={issuerOptions} defaultValue={v('issuingBodyId')} error={e('issuingBodyId')} />
          <InputField label="Người ký" name="signer" defaultValue={v('signer')} error={e('signer')} />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          <InputField label="Ngày ban hành" name="issuedOn" type="date" required defaultValue={v('issuedOn')} error={e('issuedOn')} />
          <InputField label="Ngày có hiệu lực" name="effectiveOn" type="date" hint="Để trống: có hiệu lực từ ngày ban hành." defaultValue={v('effectiveOn')} error={e('effectiveOn')} />
          <InputField label="Ngày hết hiệu lực" name="expiredOn" type="date" hint="Ngày đầu tiên văn bản không còn hiệu lực." defaultValue={v('expiredOn')} error={e('expiredOn')} />
        </div>
        <InputField label="Lĩnh vực" name="field" defaultValue={v('field')} error={e('field')} />
        <TextAreaField label="Trích yếu" name="abstract" required rows={3} defaultValue={v('abstract')} error={e('abstract')} />
        <RichTextEditor
          name="fullText"
          label="Toàn văn"
          profile="document"
          hint="Dán được từ Word: định dạng thừa được bỏ, giữ lại tiêu đề, đoạn văn, danh sách, bảng và liên kết. Toàn văn không chứa ảnh; bản gốc PDF hoặc Word thì đính kèm thành tệp."
          defaultValue={v('fullText')}
          error={e('fullText')}
        />
        <CheckboxField
          label="Hết hiệu lực một phần"
          name="partlyExpired"
          hint="Chỉ đánh dấu khi một số điều đã bị bãi bỏ hoặc sửa đổi. Các tình trạng khác được tính tự động theo ngày và theo văn bản thay thế."
          defaultChecked={checkedOf(state, initial, 'partlyExpired')}
        />
        <CheckboxField label="Công khai trên cổng thông tin" name="published" defaultChecked={checkedOf(state, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
