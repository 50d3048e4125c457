import type { Metadata } from 'next';
import Link from 'next/link';

import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getConsultations } from '@/lib/consultations/queries';
import { consultationPhase, phaseLabels } from '@/lib/consultations/schema';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';

export const metadata: Metadata = {
  title: 'Lấy ý kiến dự thảo',
  description: 'Dự thảo văn bản đang lấy ý kiến góp ý của tổ chức, cá nhân, hợp tác xã và người dân.',
  alternates: { canonical: '/lay-y-kien' },
};

// Whether a draft is open depends on the date: the day's tag makes the cache drop it at midnight.
export const revalidate = 3600;

export default async function ConsultationsPage() {
  const today = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.consultations, cacheTags.day(today)))) return null;
  const consultations = await getConsultations();
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Lấy ý kiến dự thảo' }]} />
      <h1 className="text-3xl font-bold text-slate-900">Lấy ý kiến dự thảo</h1>
      {consultations.length === 0 ? (
        <p className="mt-6 text-slate-700">Hiện chưa có dự thảo nào lấy ý kiến.</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {consultations.map((c) => (
            <li key={c.id} className="p-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/lay-y-kien/${c.legalDocument.slug}`} className="text-brand-800 hover:underline">
                  Dự thảo {documentTypeLabels[c.legalDocument.type].toLowerCase()} {c.legalDocument.number}
                </Link>
              </h2>
              <p className="text-slate-800">{c.legalDocument.abstract}</p>
              <p className="mt-1 text-sm text-slate-600">
                {phaseLabels[consultationPhase(c, today)]}: từ {formatDate(c.opensOn)} đến hết {formatDate(c.closesOn)}
                {c.summaryPublishedAt ? ' · Đã công bố tổng hợp ý kiến' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
