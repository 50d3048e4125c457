import type { Metadata } from 'next';

import { UnderConstruction } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { site } from '@/lib/site';

export const metadata: Metadata = { title: 'Liên hệ – Ý kiến' };

export default function FeedbackPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Liên hệ – Ý kiến' }]} />
      <PageTitle description="Tổ chức, cá nhân có thể gửi câu hỏi, góp ý, kiến nghị về kinh tế tập thể, hợp tác xã đến Liên minh.">
        Liên hệ – Ý kiến
      </PageTitle>
      <UnderConstruction>
        Biểu mẫu gửi ý kiến trực tuyến đang được xây dựng. Trong thời gian này, vui lòng liên hệ trực tiếp theo
        thông tin dưới đây.
      </UnderConstruction>
      <section aria-labelledby="lien-he" className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="lien-he" className="text-xl font-bold text-brand-800">
          {site.name}
        </h2>
        <dl className="mt-4 space-y-3">
          <div>
            <dt className="font-medium text-slate-600">Địa chỉ</dt>
            <dd>{site.address}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Điện thoại</dt>
            <dd>
              <a href={`tel:${site.phone.replace(/\s/g, '')}`} className="text-brand-800 underline">
                {site.phone}
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Email</dt>
            <dd>
              <a href={`mailto:${site.email}`} className="text-brand-800 underline">
                {site.email}
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Giờ làm việc</dt>
            <dd>{site.workingHours}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
