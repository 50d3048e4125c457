'use client';

import Link from 'next/link';
import { useEffect } from 'react';

import { buttonClasses } from '@/components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;

  return (
    <main id="noi-dung-chinh" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-4 text-lg text-slate-700" role="alert">
        Hệ thống tạm thời không xử lý được yêu cầu này. Vui lòng thử lại sau ít phút.
      </p>
      {digest ? <p className="mt-2 text-sm text-slate-500">Mã lỗi: {digest}</p> : null}
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className={buttonClasses('primary')}>
          Thử lại
        </button>
        <Link href="/" className={buttonClasses('secondary')}>
          Về trang chủ
        </Link>
      </div>
    </main>
  );
}
