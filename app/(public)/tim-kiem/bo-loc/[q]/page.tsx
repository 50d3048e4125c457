import type { Metadata } from 'next';

import { SearchView } from '@/components/site/search/search-view';
import { cachedUnder } from '@/lib/cache/public';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { cacheTags } from '@/lib/cache/tags';
import { normalizeQuery } from '@/lib/search/text';

type Props = { params: Promise<{ q: string }> };

// /tim-kiem?q=… rewritten by proxy.ts; rendered once per canonical query, then cached until any
// searched content changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = normalizeQuery(decodeQuerySegment((await params).q).q);
  // Result pages are for visitors, not for search engines' indexes.
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } };
}

export default async function SearchResultsPage({ params }: Props) {
  const { q } = await params;
  if (!(await cachedUnder(cacheTags.articles, cacheTags.documents, cacheTags.organizations, cacheTags.pages, cacheTags.units))) return null;
  return <SearchView query={decodeQuerySegment(q)} />;
}
