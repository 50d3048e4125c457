'use client';

import { CoverPicker } from '@/components/workspace/article-editor/cover-picker';
import { OrganizationPicker } from '@/components/workspace/article-editor/organization-picker';
import type { PickedImage } from '@/components/workspace/rich-text/image-picker';
import { RichTextEditor } from '@/components/workspace/rich-text/rich-text-editor';
import { CheckboxField, FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';
import { uploadArticleImage, type OrganizationHit } from '@/lib/articles/actions';
import { SUMMARY_MAX, TITLE_MAX } from '@/lib/articles/schema';

export type ArticleFormInitial = {
  title: string;
  summary: string;
  categoryId: string;
  body: string;
  coverCaption: string;
  sourceLine: string;
  tags: string;
  featured: string;
  commentsEnabled: string;
};

/** The article editor's form: create and save; the workflow has its own panel. */
export function ArticleForm({
  action,
  initial,
  categories,
  images,
  cover,
  organizations,
  submitLabel,
}: {
  action: FormAction;
  initial: ArticleFormInitial;
  categories: Option[];
  images: PickedImage[];
  cover: PickedImage | null;
  organizations: OrganizationHit[];
  submitLabel: string;
}) {
  const { state, round, dispatch } = useFormAction(action);
  const value = (name: keyof ArticleFormInitial) => valueOf(state, initial, name);
  return (
    <form action={dispatch} noValidate className="space-y-6">
      <FormMessage state={state} />
      <div key={round} className="space-y-6">
        <InputField label="Tiêu đề" name="title" required maxLength={TITLE_MAX} defaultValue={value('title')} error={errorOf(state, 'title')} />
        <TextAreaField label="Tóm tắt (sapo)" name="summary" rows={3} required maxLength={SUMMARY_MAX} defaultValue={value('summary')} error={errorOf(state, 'summary')} />
        <div className="grid gap-6 md:grid-cols-2">
          <SelectField label="Chuyên mục" name="categoryId" placeholder="— Chọn chuyên mục —" options={categories} defaultValue={value('categoryId')} error={errorOf(state, 'categoryId')} />
          <InputField label="Tác giả / nguồn" name="sourceLine" maxLength={200} hint="In cuối bài, ví dụ: “Minh Anh – Liên minh HTX tỉnh” hoặc “Theo Báo An Giang”." defaultValue={value('sourceLine')} error={errorOf(state, 'sourceLine')} />
        </div>
        <RichTextEditor
          name="body"
          label="Nội dung"
          profile="article"
          defaultValue={value('body')}
          error={errorOf(state, 'body')}
          images={{ choices: images, upload: uploadArticleImage }}
        />
        <CoverPicker defaultValue={cover} images={images} error={errorOf(state, 'coverMediaId')} />
        <InputField label="Chú thích ảnh đại diện" name="coverCaption" maxLength={300} defaultValue={value('coverCaption')} error={errorOf(state, 'coverCaption')} />
        <InputField label="Từ khóa" name="tags" hint="Cách nhau bởi dấu phẩy, ví dụ: OCOP, chuyển đổi số." defaultValue={value('tags')} error={errorOf(state, 'tags')} />
        <OrganizationPicker defaultValue={organizations} error={errorOf(state, 'organizationIds')} />
        <CheckboxField name="featured" label="Tin nổi bật (hiện ở đầu trang chủ)" defaultChecked={checkedOf(state, initial, 'featured')} />
        <CheckboxField
          name="commentsEnabled"
          label="Cho phép bình luận"
          hint="Bạn đọc gửi bình luận dưới bài; bình luận chỉ hiện sau khi Ban biên tập duyệt (Quản trị › Bình luận)."
          defaultChecked={checkedOf(state, initial, 'commentsEnabled')}
        />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
