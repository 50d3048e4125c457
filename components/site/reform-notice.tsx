import type { ReactNode } from 'react';

/** The day districts were abolished and Kiên Giang became part of An Giang. */
export const REFORM_DAY = new Date('2025-07-01T00:00:00+07:00');

/** True for content published before the 1/7/2025 administrative reform. */
export function isBeforeReform(date: Date | null | undefined): boolean {
  return !!date && date.getTime() < REFORM_DAY.getTime();
}

/**
 * A banner on content published before 1/7/2025: the province and district names in it are those
 * of the time (as GOV.UK marks content from a previous government). Reusable for documents and
 * other dated content; pass `children` to word it for another kind of content.
 */
export function ReformNotice({ children }: { children?: ReactNode }) {
  return (
    <aside aria-label="Lưu ý về địa danh" className="my-5 flex gap-3 rounded-md border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 h-5 w-5 shrink-0 fill-amber-600">
        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z" />
      </svg>
      <p>
        {children ?? (
          <>
            <strong>Bài viết được đăng trước ngày 01/7/2025</strong>, khi chưa sắp xếp đơn vị hành chính: tên tỉnh, huyện trong bài là tên
            tại thời điểm đăng.
          </>
        )}
      </p>
    </aside>
  );
}
