import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { cache } from 'react';

import { PrintButton } from '@/components/site/print-button';
import { ValidityBadge } from '@/components/site/validity-badge';
import { AppLink } from '@/components/ui/app-link';
import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { documentsHref, scopeParamOf } from '@/lib/documents/filters';
import { getDocumentBySlug, getDocumentSlugRedirect, type DocumentDetail, type RelatedDocument } from '@/lib/documents/queries';
import { sanitizeDocumentHtml } from '@/lib/documents/sanitize';
import { formatDate, isoDate, todayIsoInVietnam } from '@/lib/format/date';
import { documentScopeLabels, documentTypeLabels } from '@/lib/format/labels';
import type { DocumentRelationType } from '@/lib/generated/prisma/enums';

type Props = { params: Promise<{ slug: string }> };

const loadDocument = cache(async (slug: string, asOf: string) => getDocumentBySlug(slug, asOf));

// Rendered on first request, then served from the page cache until a document changes (tag
// `documents`: relations and validity depend on other documents) or the day ends (tag day:…, since
// validity is derived from today's date); `revalidate` is an hourly backstop for other handlers.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const doc = await loadDocument(slug, todayIsoInVietnam());
  if (!doc) return {};
  const title = `${documentTypeLabels[doc.type]} ${doc.number}`;
  return {
    title,
    description: doc.abstract,
    alternates: { canonical: `/van-ban/${doc.slug}` },
    openGraph: { title, description: doc.abstract, type: 'article' },
  };
}

const relationLabels: { type: DocumentRelationType; direction: RelatedDocument['direction']; label: string }[] = [
  { type: 'REPLACES', direction: 'in', label: 'Bị thay thế bởi' },
  { type: 'REPLACES', direction: 'out', label: 'Thay thế cho' },
  { type: 'AMENDS', direction: 'in', label: 'Được sửa đổi, bổ sung bởi' },
  { type: 'AMENDS', direction: 'out', label: 'Sửa đổi, bổ sung' },
  { type: 'GUIDES', direction: 'in', label: 'Được hướng dẫn bởi' },
  { type: 'GUIDES', direction: 'out', label: 'Hướng dẫn thi hành' },
  { type: 'IMPLEMENTS', direction: 'in', label: 'Được triển khai bởi' },
  { type: 'IMPLEMENTS', direction: 'out', label: 'Triển khai thực hiện' },
  { type: 'REFERENCES', direction: 'in', label: 'Được dẫn chiếu trong' },
  { type: 'REFERENCES', direction: 'out', label: 'Văn bản dẫn chiếu' },
];

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 px-5 py-3 last:border-b-0 sm:grid-cols-[14rem_1fr] print:px-0 print:py-1.5">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function DateText({ date }: { date: Date }) {
  return <time dateTime={isoDate(date)}>{formatDate(date)}</time>;
}

/** "Văn bản Trung ương" → "văn bản Trung ương". */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const notRecorded = <span className="text-slate-600">Chưa cập nhật</span>;

/** Why the document has the validity it has, in words, with a link to what replaced it. */
function ValidityExplanation({ doc, asOf }: { doc: DocumentDetail; asOf: string }) {
  const pending = doc.relations.find((r) => r.type === 'REPLACES' && r.direction === 'in' && r.validity === 'NOT_YET_IN_FORCE');
  let reason: ReactNode;
  if (doc.validity === 'EXPIRED' && doc.expiredOn && isoDate(doc.expiredOn) <= asOf) {
    reason = (
      <>
        Hết hiệu lực từ ngày <DateText date={doc.expiredOn} />
        {doc.replacedBy ? (
          <>
            ; bị thay thế bởi{' '}
            <AppLink href={`/van-ban/${doc.replacedBy.slug}`} className="font-medium text-brand-800 underline">
              {documentTypeLabels[doc.replacedBy.type]} số {doc.replacedBy.number}
            </AppLink>
          </>
        ) : null}
        .
      </>
    );
  } else if (doc.validity === 'EXPIRED' && doc.replacedBy) {
    reason = (
      <>
        Hết hiệu lực: bị thay thế bởi{' '}
        <AppLink href={`/van-ban/${doc.replacedBy.slug}`} className="font-medium text-brand-800 underline">
          {documentTypeLabels[doc.replacedBy.type]} số {doc.replacedBy.number}
        </AppLink>{' '}
        (có hiệu lực từ ngày <DateText date={doc.replacedBy.effectiveOn} />
        ).
      </>
    );
  } else if (doc.validity === 'NOT_YET_IN_FORCE') {
    reason = (
      <>
        Văn bản đã ban hành, có hiệu lực từ ngày <DateText date={doc.effectiveOn ?? doc.issuedOn} />.
      </>
    );
  } else if (doc.validity === 'PARTIALLY_EXPIRED') {
    reason = <>Một số quy định đã hết hiệu lực hoặc đã được sửa đổi, bổ sung; xem các văn bản liên quan bên dưới.</>;
  } else {
    reason = <>Văn bản đang có hiệu lực.</>;
  }
  return (
    <p className="mt-2 text-slate-700">
      {reason}
      {pending ? (
        <>
          {' '}
          Sẽ được thay thế bởi{' '}
          <AppLink href={`/van-ban/${pending.slug}`} className="font-medium text-brand-800 underline">
            {documentTypeLabels[pending.docType]} số {pending.number}
          </AppLink>{' '}
          từ ngày <DateText date={pending.effectiveOn} />.
        </>
      ) : null}{' '}
      <span className="text-sm text-slate-600">(Tình trạng tính đến ngày {formatDate(new Date(`${asOf}T00:00:00Z`))}.)</span>
    </p>
  );
}

function Relations({ relations }: { relations: RelatedDocument[] }) {
  const groups = relationLabels
    .map((g) => ({ ...g, items: relations.filter((r) => r.type === g.type && r.direction === g.direction) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="van-ban-lien-quan" className="mt-8">
      <h2 id="van-ban-lien-quan" className="text-xl font-bold text-slate-900">
        Văn bản liên quan
      </h2>
      <div className="mt-3 space-y-5 rounded-lg border border-slate-200 bg-white p-5">
        {groups.map((g) => (
          <div key={g.label}>
            <h3 className="font-semibold text-slate-900">{g.label}</h3>
            <ul className="mt-2 space-y-2">
              {g.items.map((r) => (
                <li key={`${r.type}-${r.direction}-${r.slug}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <AppLink href={`/van-ban/${r.slug}`} className="font-medium text-brand-800 underline">
                    {documentTypeLabels[r.docType]} số {r.number}
                  </AppLink>
                  <span className="text-slate-700">
                    {r.abstract} (ban hành <DateText date={r.issuedOn} />)
                  </span>
                  <ValidityBadge validity={r.validity} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

// Printing leaves the document alone: no site header, menu, footer or buttons.
const printCss = `@media print {
  body:has([data-document-print]) header, body:has([data-document-print]) footer, body:has([data-document-print]) nav,
  body:has([data-document-print]) a[href="#noi-dung-chinh"] { display: none !important; }
  body:has([data-document-print]) { background: #fff; font-size: 12pt; }
  body:has([data-document-print]) main { max-width: none; padding: 0; }
  [data-document-print] a { color: inherit; text-decoration: none; }
  [data-document-print] section, [data-document-print] dl { break-inside: auto; }
  [data-document-print] h2, [data-document-print] h3 { break-after: avoid; }
}`;

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params;
  // A slug that cannot be a document's is a 404 before it becomes a cache tag (tags are bounded).
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  const asOf = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.documents, cacheTags.document(slug), cacheTags.day(asOf)))) return null;
  const doc = await loadDocument(slug, asOf);
  if (!doc) {
    const current = await getDocumentSlugRedirect(slug);
    if (current) permanentRedirect(`/van-ban/${current}`);
    notFound();
  }
  const typeLabel = documentTypeLabels[doc.type];

  return (
    <article className="mx-auto max-w-4xl" data-document-print="">
      <style href="van-ban-in" precedence="default">
        {printCss}
      </style>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/van-ban', label: 'Văn bản' },
          { href: documentsHref({ scope: doc.scope }), label: documentScopeLabels[doc.scope] },
          { label: doc.number },
        ]}
      />
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{typeLabel}</p>
      <h1 className="text-3xl font-bold text-slate-900">
        {typeLabel} số {doc.number}
      </h1>
      <p className="mt-3 text-lg text-slate-800">{doc.abstract}</p>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <ValidityBadge validity={doc.validity} />
        <ValidityExplanation doc={doc} asOf={asOf} />
      </div>
      <div className="mt-4 flex flex-wrap gap-3 print:hidden">
        <PrintButton />
        {doc.attachments.length > 0 ? (
          <a href="#tep-dinh-kem" className="inline-flex items-center rounded-md px-4 py-2 font-medium text-brand-800 underline">
            Tệp đính kèm ({doc.attachments.length})
          </a>
        ) : null}
      </div>

      <h2 id="thuoc-tinh" className="sr-only">
        Thuộc tính văn bản
      </h2>
      <dl className="mt-6 rounded-lg border border-slate-200 bg-white print:border-0">
        <Row label="Số hiệu">{doc.number}</Row>
        <Row label="Loại văn bản">{typeLabel}</Row>
        <Row label="Cơ quan ban hành">
          <span>{doc.issuer.name}</span>
          {doc.issuer.endedOn ? (
            <span className="block text-sm text-slate-600">
              {doc.issuer.successorName
                ? `Tên gọi khi ban hành; nay là ${doc.issuer.successorName}.`
                : `Tên gọi khi ban hành; cơ quan hoạt động đến ngày ${formatDate(doc.issuer.endedOn)}.`}
            </span>
          ) : null}
        </Row>
        <Row label="Người ký">{doc.signer ?? notRecorded}</Row>
        <Row label="Ngày ban hành">
          <DateText date={doc.issuedOn} />
        </Row>
        <Row label="Ngày có hiệu lực">{doc.effectiveOn ? <DateText date={doc.effectiveOn} /> : notRecorded}</Row>
        {doc.expiredOn ? (
          <Row label="Ngày hết hiệu lực">
            <DateText date={doc.expiredOn} />
          </Row>
        ) : null}
        <Row label="Tình trạng hiệu lực">
          <ValidityBadge validity={doc.validity} />
        </Row>
        {doc.field ? <Row label="Lĩnh vực">{doc.field}</Row> : null}
        <Row label="Phạm vi">
          <AppLink href={`/van-ban?pham-vi=${scopeParamOf(doc.scope)}`} className="text-brand-800 underline">
            {documentScopeLabels[doc.scope]}
          </AppLink>
        </Row>
        <Row label="Trích yếu">{doc.abstract}</Row>
      </dl>

      <Relations relations={doc.relations} />

      {doc.fullText ? (
        <section aria-labelledby="toan-van" className="mt-8">
          <h2 id="toan-van" className="text-xl font-bold text-slate-900">
            Toàn văn
          </h2>
          <div
            className="prose-body mt-4 rounded-lg border border-slate-200 bg-white p-5 print:border-0 print:p-0"
            dangerouslySetInnerHTML={{ __html: sanitizeDocumentHtml(doc.fullText) }}
          />
        </section>
      ) : null}

      {doc.attachments.length > 0 ? (
        <section aria-labelledby="tep-dinh-kem" className="mt-8 print:hidden">
          <h2 id="tep-dinh-kem" className="text-xl font-bold text-slate-900">
            Tệp đính kèm
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {doc.attachments.map((a) => {
              const kind = fileTypeLabel(a.mimeType, a.fileName);
              const size = formatFileSize(a.sizeBytes);
              return (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                  <div>
                    <p className="font-medium text-slate-900">{a.title}</p>
                    <p className="text-sm text-slate-600">
                      {a.fileName} · {kind}, {size}
                    </p>
                  </div>
                  <a
                    href={`/van-ban/${doc.slug}/tep/${a.id}`}
                    download={a.fileName}
                    aria-label={`Tải về: ${a.title} (${kind}, ${size})`}
                    className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
                  >
                    Tải về
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <p className="mt-8 print:hidden">
        <AppLink href={documentsHref({ scope: doc.scope })} className="font-medium text-brand-800 hover:underline">
          ‹ Về danh sách {lowerFirst(documentScopeLabels[doc.scope])}
        </AppLink>
      </p>
    </article>
  );
}
