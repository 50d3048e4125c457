import type { Metadata } from 'next';

import { DirectoryView } from '@/components/site/directory/directory-view';
import { cachedUnder } from '@/lib/cache/public';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { cacheTags } from '@/lib/cache/tags';

type Props = { params: Promise<{ q: string }> };

export const metadata: Metadata = {
  title: 'Danh bạ hợp tác xã – kết quả tra cứu',
  // One list, many filter combinations: search engines index the plain list and the profiles.
  robots: { index: false, follow: true },
};

// /hop-tac-xa?… rewritten by proxy.ts; rendered once per canonical query, then cached.
export function generateStaticParams() {
  return [];
}

export default async function FilteredDirectoryPage({ params }: Props) {
  const { q } = await params;
  if (!(await cachedUnder(cacheTags.organizations, cacheTags.units))) return null;
  return <DirectoryView query={decodeQuerySegment(q)} />;
}
