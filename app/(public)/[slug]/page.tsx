import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';

import { Breadcrumbs } from '@/components/ui/page-title';
import { getPageBySlug } from '@/lib/pages/queries';

// Static routes (/tin-tuc, /van-ban, /dang-nhap, /quan-tri …) take precedence over this dynamic
// segment, so it only ever sees slugs that no other route claims; unknown ones are a 404.
type Props = { params: Promise<{ slug: string }> };

const loadPage = cache(async (slug: string) => getPageBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return page ? { title: page.title } : {};
}

export default async function StaticPage({ params }: Props) {
  await connection();
  const page = await loadPage((await params).slug);
  if (!page) notFound();

  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: page.title }]} />
      <h1 className="text-3xl font-bold text-slate-900">{page.title}</h1>
      {/* TODO(editor): trusted seed HTML for now; sanitize with sanitize-html when the page editor lands. */}
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: page.body }} />
    </article>
  );
}
