'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';

import { HoneypotField } from '@/components/site/honeypot-field';
import { idleState } from '@/lib/actions/state';
import { submitFeedback, type FeedbackFormState } from '@/lib/feedback/actions';
import { CONTACT_ERROR_KEY, FEEDBACK_FIELDS, FEEDBACK_LIMITS } from '@/lib/feedback/schema';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

/** The feedback form; after sending, the confirmation with the tracking code takes its place. */
export function FeedbackForm() {
  // Remounting the form (new key) starts a fresh, empty one after a confirmation.
  const [round, setRound] = useState(0);
  return <FeedbackFormRound key={round} onAnother={() => setRound((r) => r + 1)} />;
}

function FeedbackFormRound({ onAnother }: { onAnother: () => void }) {
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(submitFeedback, idleState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};

  // After a refused submit, focus goes to the first field in error (or the message at the top);
  // after a successful one, to the confirmation, so screen readers read it out.
  useEffect(() => {
    if (state.status === 'success') doneRef.current?.focus();
    if (state.status !== 'error') return;
    const firstField = [...FEEDBACK_FIELDS, CONTACT_ERROR_KEY].find((f) => state.fieldErrors[f]);
    const target = firstField === CONTACT_ERROR_KEY ? 'email' : firstField;
    const input = target ? formRef.current?.querySelector<HTMLElement>(`[name="${target}"]`) : null;
    (input ?? document.getElementById(`${id}-summary`))?.focus();
  }, [state, id]);

  if (state.status === 'success' && state.code) {
    const href = `/y-kien/tra-cuu?ma=${encodeURIComponent(state.code)}`;
    return (
      <section aria-labelledby={`${id}-done`} className="rounded-lg border border-brand-200 bg-brand-50 p-6">
        <h2 id={`${id}-done`} ref={doneRef} tabIndex={-1} className="text-2xl font-bold text-brand-900">
          Đã gửi ý kiến
        </h2>
        <p className="mt-2 text-lg text-slate-800">{state.message}</p>
        <p className="mt-4 text-slate-800">Mã tra cứu của bạn (vui lòng ghi lại để theo dõi):</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wider text-brand-900">
          {state.code}
        </p>
        <p className="mt-4 text-slate-700">
          Liên minh sẽ xem xét và trả lời trong thời gian sớm nhất. Bạn có thể xem tình trạng xử lý và câu trả lời tại
          trang tra cứu với mã trên.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {/* A plain link: the proxy rewrites ?ma= to a cached path, and the client router could
              reuse its prefetch of the bare /y-kien/tra-cuu instead (seen once in CI), as on /tin-tuc. */}
          <a href={href} className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
            Tra cứu ý kiến {state.code}
          </a>
          <button
            type="button"
            onClick={onAnother}
            className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100"
          >
            Gửi ý kiến khác
          </button>
        </div>
      </section>
    );
  }

  const field = (name: (typeof FEEDBACK_FIELDS)[number]) => {
    const error = errors[name];
    const contactError = (name === 'email' || name === 'phone') && errors[CONTACT_ERROR_KEY];
    const describedBy = [error ? `${id}-${name}-error` : null, contactError ? `${id}-contact-error` : null, name === 'name' ? null : `${id}-${name}-hint`]
      .filter(Boolean)
      .join(' ');
    return {
      id: `${id}-${name}`,
      name,
      defaultValue: values[name] ?? '',
      'aria-invalid': error || contactError ? true : undefined,
      'aria-describedby': describedBy,
      className: inputClass,
    } as const;
  };
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-red-800">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form ref={formRef} action={action} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <div id={`${id}-summary`} tabIndex={-1} role="alert" aria-atomic="true">
        {state.status === 'error' ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">{state.message}</p>
        ) : null}
      </div>
      <p className="text-slate-700">
        Các trường có dấu * là bắt buộc.
      </p>

      <div>
        <label htmlFor={`${id}-name`} className="block font-medium text-slate-800">
          Họ và tên <span aria-hidden="true">*</span>
        </label>
        <input {...field('name')} autoComplete="name" required maxLength={FEEDBACK_LIMITS.name} />
        {errorText('name')}
      </div>

      <fieldset className="rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-medium text-slate-800">
          Thông tin liên hệ <span aria-hidden="true">*</span>
        </legend>
        <p className="text-slate-700">Nhập email hoặc số điện thoại (ít nhất một) để Liên minh liên hệ khi cần. Thông tin này không được công khai.</p>
        {errors[CONTACT_ERROR_KEY] ? (
          <p id={`${id}-contact-error`} className="mt-2 font-medium text-red-800">
            {errors[CONTACT_ERROR_KEY]}
          </p>
        ) : null}
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-email`} className="block font-medium text-slate-800">
              Email
            </label>
            <input {...field('email')} type="email" inputMode="email" autoComplete="email" maxLength={FEEDBACK_LIMITS.email} />
            <p id={`${id}-email-hint`} className="mt-1 text-sm text-slate-600">
              Ví dụ: ten@example.vn
            </p>
            {errorText('email')}
          </div>
          <div>
            <label htmlFor={`${id}-phone`} className="block font-medium text-slate-800">
              Số điện thoại
            </label>
            <input {...field('phone')} type="tel" inputMode="tel" autoComplete="tel" maxLength={FEEDBACK_LIMITS.phone} />
            <p id={`${id}-phone-hint`} className="mt-1 text-sm text-slate-600">
              Ví dụ: 0918 234 567
            </p>
            {errorText('phone')}
          </div>
        </div>
      </fieldset>

      <div>
        <label htmlFor={`${id}-subject`} className="block font-medium text-slate-800">
          Tiêu đề <span aria-hidden="true">*</span>
        </label>
        <input {...field('subject')} required maxLength={FEEDBACK_LIMITS.subject} />
        <p id={`${id}-subject-hint`} className="mt-1 text-sm text-slate-600">
          Nêu ngắn gọn nội dung, ví dụ: Hỏi thủ tục thành lập hợp tác xã
        </p>
        {errorText('subject')}
      </div>

      <div>
        <label htmlFor={`${id}-message`} className="block font-medium text-slate-800">
          Nội dung <span aria-hidden="true">*</span>
        </label>
        <textarea {...field('message')} required rows={8} maxLength={FEEDBACK_LIMITS.message} />
        <p id={`${id}-message-hint`} className="mt-1 text-sm text-slate-600">
          Tối đa {FEEDBACK_LIMITS.message.toLocaleString('vi-VN')} ký tự.
        </p>
        {errorText('message')}
      </div>

      <HoneypotField idPrefix={id} />

      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? 'Đang gửi…' : 'Gửi ý kiến'}
      </button>
    </form>
  );
}
