'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import { z } from 'zod';

import { TextField } from '@/components/ui/text-field';
import { credentialsSchema } from '@/lib/auth/schema';
import { SIGN_IN_LOCK_MINUTES, SIGN_IN_LOCKED } from '@/lib/auth/sign-in-limits';

type FieldErrors = { email?: string; password?: string };

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string | null; initialError: string | null }) {
  const router = useRouter();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = credentialsSchema.safeParse({ email: data.get('email') ?? '', password: data.get('password') ?? '' });
    const issues = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
    const errors: FieldErrors = { email: issues.email?.[0], password: issues.password?.[0] };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password || !parsed.success) return passwordRef.current?.focus();
    const { email, password } = parsed.data;

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

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-5">
      {/* A live region that is always present, so screen readers announce the message when it appears. */}
      <div role="alert" aria-atomic="true">
        {formError ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">{formError}</p>
        ) : null}
      </div>

      <TextField
        ref={emailRef}
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        error={fieldErrors.email}
      />
      <TextField
        ref={passwordRef}
        label="Mật khẩu"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />

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
