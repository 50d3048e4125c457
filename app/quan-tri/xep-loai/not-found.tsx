import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Không tìm thấy phiếu xếp loại' };

/** An organization that does not exist, lies outside the reader's scope, or a year not open to rating. */
export default function RatingNotFound() {
  return (
    <div className="max-w-3xl py-4">
      <p className="text-lg font-semibold text-brand-800">Lỗi 404</p>
      <h1 className="mt-2 text-3xl font-bold">Không tìm thấy phiếu xếp loại</h1>
      <p className="mt-4 text-lg text-slate-700">
        Tổ chức này không tồn tại, không thuộc phạm vi bạn được phân công, hoặc năm này chưa thể tự đánh giá.
      </p>
      <div className="mt-8">
        <Link href="/quan-tri/xep-loai" className={buttonClasses('primary')}>
          Về danh sách xếp loại
        </Link>
      </div>
    </div>
  );
}
