'use client';

import './globals.css';

import { useEffect } from 'react';

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so it
 * brings its own <html lang="vi">, title and styles, and links home with a plain <a> (a full
 * reload, since the app shell is what broke).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <title>Đã có lỗi xảy ra | Liên minh HTX tỉnh An Giang</title>
        <main id="noi-dung-chinh" className="mx-auto max-w-3xl px-4 py-16">
          <p className="text-lg font-semibold text-brand-800">Liên minh Hợp tác xã tỉnh An Giang</p>
          <h1 className="mt-2 text-3xl font-bold">Đã có lỗi xảy ra</h1>
          <p className="mt-4 text-lg text-slate-700" role="alert">
            Cổng thông tin tạm thời không hoạt động được. Vui lòng thử lại sau ít phút.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <button type="button" onClick={() => retry()} className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
              Thử lại
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload is the point here */}
            <a href="/" className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100">
              Về trang chủ
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
