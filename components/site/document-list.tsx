import Link from 'next/link';

import { formatDate, isoDate } from '@/lib/format/date';
import { documentTypeLabels } from '@/lib/format/labels';
import type { DocumentType, Validity } from '@/lib/generated/prisma/enums';

import { ValidityBadge } from './validity-badge';

export type DocumentSummary = {
  slug: string;
  number: string;
  type: DocumentType;
  issuedOn: Date;
  /** Derived on the day the list was read (lib/documents/queries.ts), never the stored column. */
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
export function DocumentList({ documents, headingLevel = 3 }: { documents: DocumentSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {documents.map((d) => (
        <li key={d.slug} className="grid gap-2 px-5 py-4 md:grid-cols-[13rem_1fr]">
          <div>
            <Heading className="text-base font-semibold">
              {/* The name says the kind too ("Luật số 23/2012/QH13"); the line below shows it. */}
              <Link href={`/van-ban/${d.slug}`} aria-label={`${documentTypeLabels[d.type]} số ${d.number}`} className="text-brand-800 hover:underline">
                {d.number}
              </Link>
            </Heading>
            <p className="text-sm text-slate-600">
              {documentTypeLabels[d.type]} · <time dateTime={isoDate(d.issuedOn)}>{formatDate(d.issuedOn)}</time>
            </p>
          </div>
          <div>
            <p className="text-slate-800">{d.abstract}</p>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <span>{d.issuingBody.name}</span>
              <ValidityBadge validity={d.validity} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
