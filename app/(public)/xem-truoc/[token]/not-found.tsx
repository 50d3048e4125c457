import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';

export default function PreviewNotFound() {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="text-3xl font-bold">Liên kết xem trước không dùng được</h1>
      <p className="mt-4 text-lg text-slate-700">
        Liên kết xem trước đã hết hạn (mỗi liên kết dùng được 24 giờ) hoặc không đúng. Vui lòng đề nghị người biên tập gửi một liên kết mới.
      </p>
      <p className="mt-8">
        <Link href="/" className={buttonClasses('primary')}>
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
