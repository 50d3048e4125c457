import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ValidityBadge } from '@/components/site/validity-badge';
import { buttonClasses } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AddRelationForm, AttachmentUploadForm, RemoveAttachmentForm, RemoveRelationForm } from '@/components/workspace/documents/document-parts';
import { ConsultationWindowForm } from '@/components/workspace/consultations/consultation-forms';
import { DocumentForm } from '@/components/workspace/documents/document-form';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { InputField } from '@/components/workspace/form-fields';
import { requirePermission } from '@/lib/auth/session';
import { openConsultation } from '@/lib/consultations/actions';
import { updateDocument } from '@/lib/documents/actions';
import { fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { documentInitial, issuerOptions, relationOptions, scopeOptions, typeOptions } from '@/lib/documents/editor-options';
import { findDocumentsByNumber, getDocumentForEditor, getIssuingBodyOptions } from '@/lib/documents/editor-queries';
import { relationVerbs } from '@/lib/documents/editor-schema';
import { formatDate } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Sửa văn bản' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditDocumentPage({ params, searchParams }: Props) {
  await requirePermission('document.manage');
  const id = Number((await params).id);
  const query = await searchParams;
  const numberQuery = firstParam(query.so)?.normalize('NFC').trim().slice(0, 100) ?? '';
  const [doc, bodies, candidates] = await Promise.all([getDocumentForEditor(id), getIssuingBodyOptions(), numberQuery ? findDocumentsByNumber(numberQuery, id) : Promise.resolve([])]);
  if (!doc) notFound();
  const title = `${documentTypeLabels[doc.type]} ${doc.number}`;

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/van-ban', label: 'Văn bản' }, { label: doc.number }]} />
      <PageTitle
        description={
          <span className="inline-flex flex-wrap items-center gap-3">
            <ValidityBadge validity={doc.derivedValidity} />
            {doc.published ? (
              <Link href={`/van-ban/${doc.slug}`} className="text-brand-800 underline">
                Xem trang công khai
              </Link>
            ) : (
              <span>Chưa công khai</span>
            )}
          </span>
        }
      >
        {title}
      </PageTitle>
      <FlashNotice message={firstParam(query['thong-bao']) === 'da-tao' ? 'Đã tạo văn bản. Có thể thêm quan hệ và tệp đính kèm bên dưới.' : null} />

      <DocumentForm
        action={updateDocument.bind(null, doc.id)}
        initial={documentInitial(doc)}
        typeOptions={typeOptions}
        scopeOptions={scopeOptions}
        issuerOptions={issuerOptions(bodies)}
        submitLabel="Lưu thay đổi"
      />

      <section aria-labelledby="quan-he" className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="quan-he" className="text-xl font-semibold text-slate-900">
          Văn bản liên quan
        </h2>
        {doc.relationsFrom.length + doc.relationsTo.length > 0 ? (
          <ul className="divide-y divide-slate-200">
            {doc.relationsFrom.map((r) => {
              const label = `${relationVerbs[r.type]} ${documentTypeLabels[r.to.type].toLowerCase()} ${r.to.number}`;
              return (
                <li key={`f${r.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <span>
                    {relationVerbs[r.type]}{' '}
                    <Link href={`/quan-tri/van-ban/${r.to.id}`} className="font-medium text-brand-800 underline">
                      {documentTypeLabels[r.to.type]} {r.to.number}
                    </Link>
                    <span className="block text-sm text-slate-600">{r.to.abstract}</span>
                  </span>
                  <RemoveRelationForm documentId={doc.id} relationId={r.id} label={label} />
                </li>
              );
            })}
            {doc.relationsTo.map((r) => (
              <li key={`t${r.id}`} className="py-3">
                <Link href={`/quan-tri/van-ban/${r.from.id}`} className="font-medium text-brand-800 underline">
                  {documentTypeLabels[r.from.type]} {r.from.number}
                </Link>{' '}
                {relationVerbs[r.type].toLowerCase()} văn bản này <span className="text-sm text-slate-600">(sửa ở văn bản kia)</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Chưa ghi quan hệ nào.</p>
        )}
        <form method="get" role="search" aria-label="Tìm văn bản liên quan theo số hiệu" className="flex flex-wrap items-end gap-3">
          <InputField label="Tìm văn bản liên quan theo số hiệu" name="so" type="search" defaultValue={numberQuery} hint="Ví dụ: 23/2012/QH13 hoặc 23/2012" className="min-w-64 flex-1" />
          <button type="submit" className={buttonClasses('secondary')}>
            Tìm
          </button>
        </form>
        {numberQuery ? (
          candidates.length > 0 ? (
            <ul className="space-y-4" aria-label="Kết quả tìm văn bản">
              {candidates.map((c) => (
                <li key={c.id} className="rounded-md border border-slate-200 p-3">
                  <p>
                    <span className="font-medium">
                      {documentTypeLabels[c.type]} {c.number}
                    </span>{' '}
                    <span className="text-sm text-slate-600">(ban hành {formatDate(c.issuedOn)})</span>
                  </p>
                  <p className="mb-2 text-sm text-slate-700">{c.abstract}</p>
                  <AddRelationForm documentId={doc.id} toId={c.id} toNumber={c.number} relationOptions={relationOptions} />
                </li>
              ))}
            </ul>
          ) : (
            <p role="status" className="text-slate-700">
              Không có văn bản nào có số hiệu khớp «{numberQuery}».
            </p>
          )
        ) : null}
      </section>

      <section aria-labelledby="dinh-kem" className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="dinh-kem" className="text-xl font-semibold text-slate-900">
          Tệp đính kèm
        </h2>
        {doc.attachments.length > 0 ? (
          <ul className="divide-y divide-slate-200">
            {doc.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <span className="font-medium">{a.title}</span>
                  <span className="block text-sm text-slate-600">
                    {a.media.fileName} · {fileTypeLabel(a.media.mimeType, a.media.fileName)}, {formatFileSize(a.media.sizeBytes)}
                  </span>
                </span>
                <RemoveAttachmentForm documentId={doc.id} attachmentId={a.id} title={a.title} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Chưa có tệp đính kèm.</p>
        )}
        <AttachmentUploadForm documentId={doc.id} />
      </section>

      <section aria-labelledby="lay-y-kien" className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="lay-y-kien" className="text-xl font-semibold text-slate-900">
          Lấy ý kiến dự thảo
        </h2>
        {doc.consultation ? (
          <p>
            <Link href={`/quan-tri/lay-y-kien/${doc.consultation.id}`} className="text-brand-800 underline">
              Xem đợt lấy ý kiến và các góp ý
            </Link>
          </p>
        ) : (
          <>
            <p className="text-slate-700">Mở trang góp ý công khai cho dự thảo này trong một khoảng thời gian.</p>
            <ConsultationWindowForm action={openConsultation.bind(null, doc.id)} initial={{}} submitLabel="Mở lấy ý kiến" />
          </>
        )}
      </section>
    </>
  );
}
