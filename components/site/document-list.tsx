import Link from 'next/link';

import { formatDate, isoDate } from '@/lib/format/date';
import { documentTypeLabels, validityLabels } from '@/lib/format/labels';
import type { DocumentType, Validity } from '@/lib/generated/prisma/enums';

import { Badge } from '../ui/badge';

export type DocumentSummary = {
  slug: string;
  number: string;
  type: DocumentType;
  issuedOn: Date;
  validity: Validity;
  abstract: string;
  issuingBody: { name: string };
};

/** Compact list for the "Văn bản mới" box. */
export function DocumentBoxList({ documents }: { documents: DocumentSummary[] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {documents.map((d) => (
        <li key={d.slug} className="py-3 first:pt-0 last:pb-0">
          <Link href={`/van-ban/${d.slug}`} className="group block">
            <span className="font-semibold text-brand-800 group-hover:underline">{d.number}</span>
            <span className="mt-0.5 line-clamp-3 block text-slate-800">{d.abstract}</span>
            <span className="mt-0.5 block text-sm text-slate-600">
              Ban hành: <time dateTime={isoDate(d.issuedOn)}>{formatDate(d.issuedOn)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Full list for /van-ban, one document per row. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {documents.map((d) => (
        <li key={d.slug} className="grid gap-2 px-5 py-4 md:grid-cols-[13rem_1fr]">
          <div>
            <Link href={`/van-ban/${d.slug}`} className="font-semibold text-brand-800 hover:underline">
              {d.number}
            </Link>
            <p className="text-sm text-slate-600">
              {documentTypeLabels[d.type]} · <time dateTime={isoDate(d.issuedOn)}>{formatDate(d.issuedOn)}</time>
            </p>
          </div>
          <div>
            <p className="text-slate-800">
              <Link href={`/van-ban/${d.slug}`} className="hover:underline">
                {d.abstract}
              </Link>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-600">
              <span>{d.issuingBody.name}</span>
              <Badge tone={d.validity === 'IN_FORCE' ? 'brand' : d.validity === 'EXPIRED' ? 'muted' : 'warning'}>
                {validityLabels[d.validity]}
              </Badge>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
