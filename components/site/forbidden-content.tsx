import Link from 'next/link';

import { buttonClasses } from '../ui/button';

/** The body of the 403 page. */
export function ForbiddenContent() {
  return (
    <div className="max-w-3xl py-4">
      <p className="text-lg font-semibold text-brand-800">Lỗi 403</p>
      <h1 className="mt-2 text-3xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-4 text-lg text-slate-700">
        Tài khoản của bạn không được phân quyền cho chức năng này. Nếu cần sử dụng, vui lòng liên hệ quản trị hệ
        thống.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/quan-tri" className={buttonClasses('primary')}>
          Về bảng điều khiển
        </Link>
        <Link href="/" className={buttonClasses('secondary')}>
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
