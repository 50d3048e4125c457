'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';

import { SIGN_IN_LOCK_MINUTES, SIGN_IN_LOCKED } from '@/lib/auth/sign-in-limits';

type FieldErrors = { email?: string; password?: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = 'Vui lòng nhập email.';
  else if (!EMAIL.test(email)) errors.email = 'Email không hợp lệ.';
  if (!password) errors.password = 'Vui lòng nhập mật khẩu.';
  return errors;
}

const inputClass =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string | null; initialError: string | null }) {
  const router = useRouter();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors = validate(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    startTransition(async () => {
      try {
        const result = await signIn('credentials', { email, password, redirect: false });
        if (result?.error === SIGN_IN_LOCKED) {
          setFormError(
            `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${SIGN_IN_LOCK_MINUTES} phút hoặc liên hệ quản trị hệ thống.`,
          );
          return;
        }
        if (!result || result.error || !result.ok) {
          setFormError('Email hoặc mật khẩu không đúng.');
          passwordRef.current?.select();
          return;
        }
        router.replace(callbackUrl || '/quan-tri');
        router.refresh();
      } catch {
        setFormError('Không kết nối được máy chủ. Vui lòng thử lại.');
      }
    });
  }

  const emailErrorId = `${id}-email-error`;
  const passwordErrorId = `${id}-password-error`;

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-5">
      {/* A live region that is always present, so screen readers announce the message when it appears. */}
      <div role="alert" aria-atomic="true">
        {formError ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">{formError}</p>
        ) : null}
      </div>

      <div>
        <label htmlFor={`${id}-email`} className="block font-medium text-slate-800">
          Email
        </label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? emailErrorId : undefined}
          className={`${inputClass} border-slate-400`}
        />
        {fieldErrors.email ? (
          <p id={emailErrorId} className="mt-1 text-red-800">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor={`${id}-password`} className="block font-medium text-slate-800">
          Mật khẩu
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? passwordErrorId : undefined}
          className={`${inputClass} border-slate-400`}
        />
        {fieldErrors.password ? (
          <p id={passwordErrorId} className="mt-1 text-red-800">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
