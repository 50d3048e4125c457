import type { Metadata } from 'next';

import { libraryHeading } from '@/components/site/document-library';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { documentsHref, parseDocumentFilters } from '@/lib/documents/filters';
import { todayIsoInVietnam } from '@/lib/format/date';

import { DocumentLibrary } from '../../library';

type Props = { params: Promise<{ q: string }> };

// /van-ban?… is served from here by the proxy (lib/cache/query-routes.ts), rendered per request:
// filter combinations are open-ended. server.mjs keeps the responses until any content changes.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = parseDocumentFilters(decodeQuerySegment((await params).q));
  return {
    title: filters.q ? `Tìm văn bản “${filters.q}”` : libraryHeading(filters),
    alternates: { canonical: documentsHref(filters) },
    // Search results are not pages of their own for search engines; scope tabs and filters are.
    robots: filters.q ? { index: false, follow: true } : undefined,
  };
}

export default async function FilteredDocumentsPage({ params }: Props) {
  const { q } = await params;
  return <DocumentLibrary query={decodeQuerySegment(q)} asOf={todayIsoInVietnam()} />;
}
