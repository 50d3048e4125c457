import type { Metadata } from 'next';
import Link from 'next/link';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

import { FeedbackForm } from './feedback-form';

export const metadata: Metadata = pageMetadata({
  title: 'Gửi ý kiến',
  description: 'Gửi câu hỏi, góp ý, kiến nghị về kinh tế tập thể, hợp tác xã đến Liên minh Hợp tác xã tỉnh và tra cứu câu trả lời bằng mã.',
  path: '/y-kien',
});

/**
 * The feedback page is the same for everyone, so it is cached like the other public pages; the
 * form is a client component and sending goes through a server action.
 */
export default function FeedbackPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Ý kiến' }]} />
      <PageTitle description="Tổ chức, cá nhân gửi câu hỏi, góp ý, kiến nghị về kinh tế tập thể, hợp tác xã đến Liên minh. Mỗi ý kiến được cấp một mã để tra cứu tình trạng xử lý và câu trả lời.">
        Gửi ý kiến
      </PageTitle>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <FeedbackForm />
        <aside aria-label="Tra cứu và liên hệ" className="space-y-6 self-start">
          <section aria-labelledby="y-kien-khac" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="y-kien-khac" className="text-lg font-bold text-brand-800">
              Theo dõi ý kiến đã gửi
            </h2>
            <p className="mt-2 text-slate-700">Nhập mã tra cứu để xem tình trạng xử lý và câu trả lời.</p>
            <Link href="/y-kien/tra-cuu" className="mt-3 inline-block font-medium text-brand-800 underline">
              Tra cứu ý kiến
            </Link>
          </section>
          <section aria-labelledby="y-kien-lien-he" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="y-kien-lien-he" className="text-lg font-bold text-brand-800">
              Liên hệ trực tiếp
            </h2>
            <dl className="mt-2 space-y-2 text-slate-700">
              <div>
                <dt className="font-medium">Điện thoại</dt>
                <dd>
                  <a href={`tel:${site.phone.replace(/\s/g, '')}`} className="text-brand-800 underline">
                    {site.phone}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="font-medium">Email</dt>
                <dd className="break-all">
                  <a href={`mailto:${site.email}`} className="text-brand-800 underline">
                    {site.email}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="font-medium">Giờ làm việc</dt>
                <dd>{site.workingHours}</dd>
              </div>
            </dl>
          </section>
          <p className="text-sm text-slate-600">
            Thông tin liên hệ của người gửi chỉ dùng để Liên minh trả lời, không hiển thị công khai. Câu trả lời chỉ xem
            được bằng mã tra cứu.
          </p>
        </aside>
      </div>
    </>
  );
}
