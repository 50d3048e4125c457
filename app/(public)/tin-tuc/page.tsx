import type { Metadata } from 'next';

import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { pageMetadata } from '@/lib/seo/metadata';

import { NewsListView } from './news-list-view';

export const metadata: Metadata = pageMetadata({
  title: 'Tin tức',
  description: 'Tin hoạt động, kinh tế tập thể, mô hình điển hình, chính sách và thông báo của Liên minh Hợp tác xã tỉnh.',
  path: '/tin-tuc',
});

/** Page 1; /tin-tuc?trang=N is served from the cached bo-loc route (proxy.ts). */
export default async function NewsPage() {
  if (!(await cachedUnder(cacheTags.articles))) return null;
  return <NewsListView page={1} />;
}
