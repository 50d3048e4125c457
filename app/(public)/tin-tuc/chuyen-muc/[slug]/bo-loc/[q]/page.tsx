import type { Metadata } from 'next';

import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { parsePage } from '@/lib/pagination';

import { CategoryPage, categoryMetadata } from '../../category-page';

type Props = { params: Promise<{ slug: string; q: string }> };

// One cached page per category and canonical query (?trang=N).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, q } = await params;
  return categoryMetadata(slug, parsePage(decodeQuerySegment(q).trang));
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, q } = await params;
  return <CategoryPage slug={slug} page={parsePage(decodeQuerySegment(q).trang)} />;
}
