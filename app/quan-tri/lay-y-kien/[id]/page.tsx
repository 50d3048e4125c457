import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { ConsultationSummaryForm, ConsultationWindowForm } from '@/components/workspace/consultations/consultation-forms';
import { requirePermission } from '@/lib/auth/session';
import { saveConsultationSummary, updateConsultationWindow } from '@/lib/consultations/actions';
import { getConsultationForStaff } from '@/lib/consultations/queries';
import { consultationPhase, phaseLabels } from '@/lib/consultations/schema';
import { formatDateTime, todayIsoInVietnam } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { parsePage } from '@/lib/pagination';

export const metadata = { title: 'Đợt lấy ý kiến' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function ConsultationAdminPage({ params, searchParams }: Props) {
  await requirePermission('document.manage');
  const id = Number((await params).id);
  const data = await getConsultationForStaff(id, parsePage((await searchParams).trang));
  if (!data) notFound();
  const { consultation: c, comments } = data;
  const doc = c.legalDocument;
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/lay-y-kien', label: 'Lấy ý kiến dự thảo' }, { label: doc.number }]} />
      <PageTitle
        description={
          <>
            {phaseLabels[consultationPhase(c, todayIsoInVietnam())]} ·{' '}
            <Link href={`/lay-y-kien/${doc.slug}`} className="text-brand-800 underline">
              Trang góp ý công khai
            </Link>{' '}
            ·{' '}
            <Link href={`/quan-tri/van-ban/${doc.id}`} className="text-brand-800 underline">
              Sửa văn bản
            </Link>
          </>
        }
      >
        {`Dự thảo ${documentTypeLabels[doc.type].toLowerCase()} ${doc.number}`}
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="thoi-gian" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="thoi-gian" className="mb-3 text-lg font-semibold text-slate-900">
            Thời gian lấy ý kiến
          </h2>
          <ConsultationWindowForm action={updateConsultationWindow.bind(null, c.id)} initial={{ opensOn: day(c.opensOn), closesOn: day(c.closesOn) }} submitLabel="Lưu thời gian" />
        </section>
        <section aria-labelledby="tong-hop" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="tong-hop" className="mb-3 text-lg font-semibold text-slate-900">
            Tổng hợp ý kiến
          </h2>
          <ConsultationSummaryForm action={saveConsultationSummary.bind(null, c.id)} initial={{ summary: c.summary ?? '', publishSummary: c.summaryPublishedAt ? 'on' : '' }} />
        </section>
      </div>
      <section aria-labelledby="cac-gop-y" className="mt-8">
        <h2 id="cac-gop-y" className="mb-3 text-xl font-semibold text-slate-900">
          Góp ý nhận được ({formatNumber(comments.total)})
        </h2>
        {comments.items.length === 0 ? (
          <p className="text-slate-600">Chưa có góp ý nào.</p>
        ) : (
          <ol className="space-y-4">
            {comments.items.map((m) => (
              <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-medium text-slate-900">
                  {m.name} <span className="font-normal text-slate-600">· {m.contact} · {formatDateTime(m.createdAt)}</span>
                </p>
                <p className="mt-2 whitespace-pre-line text-slate-800">{m.comment}</p>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={comments.page} pageCount={comments.pageCount} pathname={`/quan-tri/lay-y-kien/${c.id}`} />
      </section>
    </>
  );
}
