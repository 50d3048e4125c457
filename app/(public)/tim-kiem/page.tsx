import type { Metadata } from 'next';

import { SearchView } from '@/components/site/search/search-view';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';

export const metadata: Metadata = { title: 'Tìm kiếm', description: 'Tìm tin bài, văn bản, hợp tác xã và trang thông tin trên cổng thông tin.' };

// The empty search page; /tim-kiem?q=… is served from ./bo-loc/[q] (proxy.ts).
export default async function SearchPage() {
  if (!(await cachedUnder(cacheTags.pages))) return null;
  return <SearchView query={{}} />;
}
