import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Không tìm thấy tổ chức' };

/**
 * A record that does not exist, was deleted, or lies outside the reader's unit: all three look the
 * same, so a guessed id reveals nothing.
 */
export default function OrganizationNotFound() {
  return (
    <div className="max-w-3xl py-4">
      <p className="text-lg font-semibold text-brand-800">Lỗi 404</p>
      <h1 className="mt-2 text-3xl font-bold">Không tìm thấy tổ chức</h1>
      <p className="mt-4 text-lg text-slate-700">
        Tổ chức này không tồn tại, đã bị xóa, hoặc không thuộc địa bàn bạn được phân công.
      </p>
      <div className="mt-8">
        <Link href="/quan-tri/to-chuc" className={buttonClasses('primary')}>
          Về danh sách tổ chức
        </Link>
      </div>
    </div>
  );
}
