import type { Metadata } from 'next';

import { CategoryPage, categoryMetadata } from './category-page';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from the page cache until the articles tag expires.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1);
}

/** Page 1; ?trang=N is served from the cached bo-loc route (proxy.ts). */
export default async function CategoryFirstPage({ params }: Props) {
  return <CategoryPage slug={(await params).slug} page={1} />;
}
