'use client';

import Link from 'next/link';
import { useEffect } from 'react';

import { buttonClasses } from '@/components/ui/button';

/** The body of the error pages: what happened in plain Vietnamese, a retry and a way home. */
export function ErrorContent({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;

  return (
    <div className="mx-auto max-w-3xl py-8">
      <p className="text-lg font-semibold text-brand-800">Lỗi hệ thống</p>
      <h1 className="mt-2 text-3xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-4 text-lg text-slate-700" role="alert">
        Hệ thống tạm thời không xử lý được yêu cầu này. Vui lòng thử lại sau ít phút.
      </p>
      {digest ? <p className="mt-2 text-sm text-slate-600">Mã lỗi (cung cấp khi liên hệ hỗ trợ): {digest}</p> : null}
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className={buttonClasses('primary')}>
          Thử lại
        </button>
        <Link href="/" className={buttonClasses('secondary')}>
          Về trang chủ
        </Link>
        <Link href="/y-kien" className={buttonClasses('ghost')}>
          Báo lỗi cho Liên minh
        </Link>
      </div>
    </div>
  );
}
