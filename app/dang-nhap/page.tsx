import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { Emblem } from '@/components/site/emblem';
import { SkipLink } from '@/components/site/skip-link';
import { getCurrentUser } from '@/lib/auth/session';
import { firstParam } from '@/lib/pagination';
import { site } from '@/lib/site';

import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Đăng nhập' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only paths on this site: "/quan-tri/…" yes, "//evil.example" or "https://…" no. */
function safeCallbackUrl(value: string | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(query.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl ?? '/quan-tri');
  // next-auth sends errors here too (pages.error), e.g. ?error=CredentialsSignin.
  const authError = firstParam(query.error) ? 'Đăng nhập không thành công. Vui lòng thử lại.' : null;

  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center px-4 py-3">
          <Link href="/" className="flex items-center gap-3 rounded-md">
            <Emblem className="h-12 w-12 shrink-0" />
            <span className="text-lg font-bold text-brand-800 uppercase">{site.name}</span>
          </Link>
        </div>
      </header>
      <main id="noi-dung-chinh" className="flex flex-1 items-start justify-center px-4 py-12 sm:py-16">
        <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-2xl font-bold text-slate-900">Đăng nhập</h1>
          <p className="mt-2 text-slate-600">Dành cho cán bộ Liên minh, biên tập viên và cán bộ địa phương.</p>
          <SignInForm callbackUrl={callbackUrl} initialError={authError} />
        </div>
      </main>
      <footer className="py-6 text-center text-sm text-slate-600">
        <Link href="/" className="hover:underline">
          ‹ Về trang chủ {site.shortName}
        </Link>
      </footer>
    </div>
  );
}
