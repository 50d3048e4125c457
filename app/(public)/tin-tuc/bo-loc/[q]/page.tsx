import type { Metadata } from 'next';

import { cachedUnder } from '@/lib/cache/public';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { cacheTags } from '@/lib/cache/tags';
import { parsePage } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';

import { NewsListView } from '../../news-list-view';

type Props = { params: Promise<{ q: string }> };

// One cached page per canonical query (/tin-tuc?trang=N), expired with the articles tag.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage(decodeQuerySegment((await params).q).trang);
  return pageMetadata({ title: page > 1 ? `Tin tức – trang ${page}` : 'Tin tức', path: page > 1 ? `/tin-tuc?trang=${page}` : '/tin-tuc' });
}

export default async function NewsPageN({ params }: Props) {
  const page = parsePage(decodeQuerySegment((await params).q).trang);
  if (!(await cachedUnder(cacheTags.articles))) return null;
  return <NewsListView page={page} />;
}
