'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** The signed-in user's name and role, with the sign-out button. */
export function UserMenu({ name, roleLabel }: { name: string; roleLabel: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="flex items-center gap-4">
      <p className="text-right leading-tight">
        <span className="block font-semibold text-slate-900">{name}</span>
        <span className="block text-sm text-slate-600">{roleLabel}</span>
      </p>
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          setPending(true);
          void signOut({ callbackUrl: '/dang-nhap' });
        }}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? 'Đang đăng xuất…' : 'Đăng xuất'}
      </button>
    </div>
  );
}
