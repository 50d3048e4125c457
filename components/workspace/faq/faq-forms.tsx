'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { CheckboxField, FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';
import { type ActionState, idleState } from '@/lib/actions/state';
import { deleteFaqQuestion, deleteFaqTopic } from '@/lib/faq/actions';

export function FaqTopicForm({ action, initial, submitLabel, resetOnSuccess = false }: { action: FormAction; initial: Record<string, string>; submitLabel: string; resetOnSuccess?: boolean }) {
  const { state, round, dispatch } = useFormAction(action);
  const start = resetOnSuccess && state.status === 'success' ? idleState : state;
  return (
    <form action={dispatch} noValidate className="space-y-3">
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <InputField label="Tên chủ đề" name="name" required defaultValue={valueOf(start, initial, 'name')} error={errorOf(state, 'name')} />
        <InputField label="Thứ tự" name="ordinal" inputMode="numeric" defaultValue={valueOf(start, initial, 'ordinal')} error={errorOf(state, 'ordinal')} />
      </div>
      <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
    </form>
  );
}

export function FaqQuestionForm({
  action,
  initial,
  topicOptions,
  submitLabel,
  resetOnSuccess = false,
}: {
  action: FormAction;
  initial: Record<string, string>;
  topicOptions: Option[];
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
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <SelectField label="Chủ đề" name="topicId" required placeholder="— Chọn —" options={topicOptions} defaultValue={v('topicId')} error={errorOf(state, 'topicId')} />
          <InputField label="Thứ tự" name="ordinal" inputMode="numeric" defaultValue={v('ordinal')} error={errorOf(state, 'ordinal')} />
        </div>
        <TextAreaField label="Câu hỏi" name="question" required rows={2} defaultValue={v('question')} error={errorOf(state, 'question')} />
        <TextAreaField label="Câu trả lời" name="answer" required rows={8} hint="Để một dòng trống giữa các đoạn." defaultValue={v('answer')} error={errorOf(state, 'answer')} />
        <CheckboxField label="Đăng công khai" name="published" defaultChecked={checkedOf(start, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function DeleteTopicForm({ topicId, name }: { topicId: number; name: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteFaqTopic.bind(null, topicId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa chủ đề?" description={<>Chủ đề «{name}» sẽ bị xóa (chỉ xóa được khi không còn câu hỏi).</>} confirmLabel="Xóa chủ đề">
        {`Xóa chủ đề «${name}»`}
      </ConfirmSubmit>
    </form>
  );
}

export function DeleteQuestionForm({ questionId }: { questionId: number }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteFaqQuestion.bind(null, questionId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa câu hỏi?" description="Câu hỏi và câu trả lời sẽ bị xóa hẳn." confirmLabel="Xóa câu hỏi">
        Xóa câu hỏi
      </ConfirmSubmit>
    </form>
  );
}
