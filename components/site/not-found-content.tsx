import Link from 'next/link';

import { buttonClasses } from '../ui/button';

/** The body of the 404 page, shared by the root not-found (own header) and the public one (layout's header). */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <p className="text-lg font-semibold text-brand-800">Lỗi 404</p>
      <h1 className="mt-2 text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-lg text-slate-700">
        Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ, hoặc tìm thông tin từ trang
        chủ.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/" className={buttonClasses('primary')}>
          Về trang chủ
        </Link>
        <Link href="/tim-kiem" className={buttonClasses('secondary')}>
          Tìm kiếm
        </Link>
      </div>
    </div>
  );
}
