'use client';

import { useActionState, useId } from 'react';

import { FormMessage } from '@/components/workspace/form-fields';
import { type ActionState, idleState } from '@/lib/actions/state';
import { submitDraftComment } from '@/lib/consultations/actions';
import { HONEYPOT_FIELD } from '@/lib/feedback/schema';

const control = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

/** The public comment form of a draft: labelled fields, errors announced, a honeypot for bots. */
export function DraftCommentForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(submitDraftComment.bind(null, slug), idleState);
  const id = useId();
  const sent = state.status === 'success';
  const value = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : '');
  const error = (name: string) => (state.status === 'error' ? state.fieldErrors[name] : undefined);
  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: value(name),
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${id}-${name}-error` : undefined,
    className: control,
  });
  const errorText = (name: string) =>
    error(name) ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-red-800">
        {error(name)}
      </p>
    ) : null;
  return (
    <form action={action} noValidate key={sent ? 'sent' : 'form'} className="relative space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-name`} className="block font-medium text-slate-800">
          Họ và tên (hoặc cơ quan, đơn vị)
        </label>
        <input {...field('name')} required maxLength={100} autoComplete="name" />
        {errorText('name')}
      </div>
      <div>
        <label htmlFor={`${id}-contact`} className="block font-medium text-slate-800">
          Điện thoại hoặc email
        </label>
        <input {...field('contact')} required maxLength={200} />
        {errorText('contact')}
      </div>
      <div>
        <label htmlFor={`${id}-comment`} className="block font-medium text-slate-800">
          Ý kiến góp ý
        </label>
        <textarea {...field('comment')} required rows={8} maxLength={10_000} />
        {errorText('comment')}
      </div>
      {/* The honeypot: invisible and unreachable for people, filled in by form-filling bots. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>Trang web (để trống)</label>
        <input id={`${id}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? 'Đang gửi…' : 'Gửi góp ý'}
      </button>
    </form>
  );
}
