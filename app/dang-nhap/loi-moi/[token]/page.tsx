import type { Metadata } from 'next';
import Link from 'next/link';

import { Emblem } from '@/components/site/emblem';
import { SkipLink } from '@/components/site/skip-link';
import { invitationMessages } from '@/lib/users/credentials';
import { findInvitation } from '@/lib/users/queries';
import { site } from '@/lib/site';

import { AcceptInvitationForm } from './accept-form';

export const metadata: Metadata = { title: 'Nhận lời mời', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** The invitee sets their own password; the token in the path is the only credential. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findInvitation(token);

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
          <h1 className="text-2xl font-bold text-slate-900">Đặt mật khẩu</h1>
          {invitation.status === 'valid' ? (
            <>
              <p className="mt-2 text-slate-700">
                Xin chào <strong>{invitation.user.name}</strong>. Hãy đặt mật khẩu cho tài khoản{' '}
                <strong>{invitation.user.email}</strong>.
              </p>
              <AcceptInvitationForm token={token} email={invitation.user.email} />
            </>
          ) : (
            <>
              <p className="mt-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">
                {invitationMessages[invitation.status]}
              </p>
              <p className="mt-6">
                <Link href="/dang-nhap" className="font-medium text-brand-800 underline">
                  Đến trang đăng nhập
                </Link>
              </p>
            </>
          )}
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
