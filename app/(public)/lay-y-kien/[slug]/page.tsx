import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { DraftCommentForm } from '@/components/site/draft-comment-form';
import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPublicConsultation } from '@/lib/consultations/queries';
import { consultationPhase, phaseLabels } from '@/lib/consultations/schema';
import { fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { sanitizeDocumentHtml } from '@/lib/documents/sanitize';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';

type Props = { params: Promise<{ slug: string }> };

const load = cache(getPublicConsultation);

// The form shows only while the window is open, which depends on the date: day tag, as /van-ban.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load((await params).slug);
  if (!c) return {};
  return { title: `Dự thảo ${documentTypeLabels[c.legalDocument.type].toLowerCase()} ${c.legalDocument.number}`, description: c.legalDocument.abstract };
}

export default async function ConsultationPage({ params }: Props) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  const today = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.consultations, cacheTags.consultation(slug), cacheTags.day(today)))) return null;
  const c = await load(slug);
  if (!c) notFound();
  const doc = c.legalDocument;
  const phase = consultationPhase(c, today);
  return (
    <article className="mx-auto max-w-4xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { href: '/lay-y-kien', label: 'Lấy ý kiến dự thảo' }, { label: doc.number }]} />
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Dự thảo</p>
      <h1 className="text-3xl font-bold text-slate-900">
        {documentTypeLabels[doc.type]} {doc.number}
      </h1>
      <p className="mt-3 text-lg text-slate-800">{doc.abstract}</p>
      <p className="mt-3 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
        <strong>{phaseLabels[phase]}</strong>: từ ngày {formatDate(c.opensOn)} đến hết ngày {formatDate(c.closesOn)}. Cơ quan soạn thảo: {doc.issuingBody.name}.
      </p>

      {doc.attachments.length > 0 ? (
        <section aria-labelledby="tep-du-thao" className="mt-6">
          <h2 id="tep-du-thao" className="text-xl font-bold text-slate-900">
            Tệp dự thảo
          </h2>
          <ul className="mt-2 space-y-2">
            {doc.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/lay-y-kien/${doc.slug}/tep/${a.id}`} className="font-medium text-brand-800 underline">
                  Tải về: {a.title}
                </a>{' '}
                <span className="text-sm text-slate-600">
                  ({fileTypeLabel(a.media.mimeType, a.media.fileName)}, {formatFileSize(a.media.sizeBytes)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {doc.fullText ? (
        <section aria-labelledby="toan-van-du-thao" className="mt-6">
          <h2 id="toan-van-du-thao" className="text-xl font-bold text-slate-900">
            Toàn văn dự thảo
          </h2>
          <div className="prose-body mt-3 rounded-lg border border-slate-200 bg-white p-5" dangerouslySetInnerHTML={{ __html: sanitizeDocumentHtml(doc.fullText) }} />
        </section>
      ) : null}

      <section aria-labelledby="gop-y" className="mt-8">
        <h2 id="gop-y" className="text-xl font-bold text-slate-900">
          {phase === 'closed' && c.summaryPublishedAt ? 'Tổng hợp ý kiến góp ý' : 'Góp ý dự thảo'}
        </h2>
        {phase === 'open' ? (
          <div className="mt-3">
            <p className="mb-3 text-slate-700">Ý kiến được gửi đến cơ quan soạn thảo và không đăng công khai; thông tin liên hệ chỉ dùng để trao đổi khi cần.</p>
            <DraftCommentForm slug={doc.slug} />
          </div>
        ) : phase === 'upcoming' ? (
          <p className="mt-3 text-slate-700">Dự thảo nhận góp ý từ ngày {formatDate(c.opensOn)}.</p>
        ) : c.summaryPublishedAt && c.summary ? (
          <div className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-white p-5 whitespace-pre-line text-slate-800">{c.summary}</div>
        ) : (
          <p className="mt-3 text-slate-700">Đã hết thời gian góp ý. Bản tổng hợp ý kiến sẽ được công bố tại đây.</p>
        )}
      </section>
    </article>
  );
}
