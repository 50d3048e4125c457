import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { cache } from 'react';

import { Badge } from '@/components/ui/badge';
import { Breadcrumbs } from '@/components/ui/page-title';
import { getDocumentBySlug, scopeParams } from '@/lib/documents/queries';
import { formatDate, isoDate } from '@/lib/format/date';
import { documentScopeLabels, documentTypeLabels, validityLabels } from '@/lib/format/labels';

type Props = { params: Promise<{ slug: string }> };

const loadDocument = cache(async (slug: string) => getDocumentBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await loadDocument((await params).slug);
  return doc ? { title: `${documentTypeLabels[doc.type]} ${doc.number}`, description: doc.abstract } : {};
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 px-5 py-3 last:border-b-0 sm:grid-cols-[14rem_1fr]">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

const dash = <span className="text-slate-500">Chưa cập nhật</span>;

export default async function DocumentPage({ params }: Props) {
  await connection();
  const doc = await loadDocument((await params).slug);
  if (!doc) notFound();
  const scopeParam = Object.entries(scopeParams).find(([, scope]) => scope === doc.scope)?.[0];

  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/van-ban', label: 'Văn bản' },
          { href: `/van-ban?pham-vi=${scopeParam}`, label: documentScopeLabels[doc.scope] },
          { label: doc.number },
        ]}
      />
      <h1 className="text-3xl font-bold text-slate-900">
        {documentTypeLabels[doc.type]} số {doc.number}
      </h1>
      <p className="mt-3 text-lg text-slate-800">{doc.abstract}</p>

      <dl className="mt-6 rounded-lg border border-slate-200 bg-white">
        <Row label="Số hiệu">{doc.number}</Row>
        <Row label="Loại văn bản">{documentTypeLabels[doc.type]}</Row>
        <Row label="Cơ quan ban hành">{doc.issuingBody.name}</Row>
        <Row label="Người ký">{doc.signer ?? dash}</Row>
        <Row label="Ngày ban hành">
          <time dateTime={isoDate(doc.issuedOn)}>{formatDate(doc.issuedOn)}</time>
        </Row>
        <Row label="Ngày hiệu lực">
          {doc.effectiveOn ? <time dateTime={isoDate(doc.effectiveOn)}>{formatDate(doc.effectiveOn)}</time> : dash}
        </Row>
        {doc.expiredOn ? (
          <Row label="Ngày hết hiệu lực">
            <time dateTime={isoDate(doc.expiredOn)}>{formatDate(doc.expiredOn)}</time>
          </Row>
        ) : null}
        <Row label="Tình trạng hiệu lực">
          <Badge tone={doc.validity === 'IN_FORCE' ? 'brand' : doc.validity === 'EXPIRED' ? 'muted' : 'warning'}>
            {validityLabels[doc.validity]}
          </Badge>
        </Row>
        {doc.field ? <Row label="Lĩnh vực">{doc.field}</Row> : null}
        <Row label="Phạm vi">{documentScopeLabels[doc.scope]}</Row>
        <Row label="Trích yếu">{doc.abstract}</Row>
      </dl>

      {doc.fullText ? (
        <section aria-labelledby="toan-van" className="mt-8">
          <h2 id="toan-van" className="text-xl font-bold text-slate-900">
            Toàn văn
          </h2>
          <div className="prose-body mt-4 rounded-lg border border-slate-200 bg-white p-5 whitespace-pre-line">
            {doc.fullText}
          </div>
        </section>
      ) : null}

      <p className="mt-8">
        <Link href="/van-ban" className="font-medium text-brand-800 hover:underline">
          ‹ Về danh sách văn bản
        </Link>
      </p>
    </div>
  );
}
