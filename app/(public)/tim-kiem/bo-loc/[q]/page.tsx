import type { Metadata } from 'next';

import { SearchView } from '@/components/site/search/search-view';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { normalizeQuery } from '@/lib/search/text';

type Props = { params: Promise<{ q: string }> };

// /tim-kiem?q=… rewritten by proxy.ts and rendered per request: queries are open-ended
// (lib/cache/query-routes.ts). server.mjs keeps the responses until any content changes.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = normalizeQuery(decodeQuerySegment((await params).q).q);
  // Result pages are for visitors, not for search engines' indexes.
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } };
}

export default async function SearchResultsPage({ params }: Props) {
  const { q } = await params;
  return <SearchView query={decodeQuerySegment(q)} />;
}
