import Link from 'next/link';
import { connection } from 'next/server';

import { ArticleList, ArticleMeta } from '@/components/site/article-list';
import { DocumentBoxList } from '@/components/site/document-list';
import { HeadlineStats } from '@/components/site/headline-stats';
import { Section } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getLatestArticles } from '@/lib/articles/queries';
import { getLatestDocuments } from '@/lib/documents/queries';
import { site } from '@/lib/site';
import { getHeadlineCounts } from '@/lib/stats/queries';

export default async function HomePage() {
  // Rendered per request for now; cached with tag revalidation once publishing actions exist.
  await connection();
  const [articles, documents, counts] = await Promise.all([
    getLatestArticles(7),
    getLatestDocuments(6),
    getHeadlineCounts(),
  ]);
  const [lead, ...rest] = articles;

  return (
    <div className="space-y-8">
      <h1 className="sr-only">
        {site.portalName} {site.name}
      </h1>

      <div className="grid gap-8 lg:grid-cols-3">
        <Section
          title="Tin mới"
          headingId="tin-moi"
          className="lg:col-span-2"
          action={
            <Link href="/tin-tuc" className="text-base font-medium text-brand-800 hover:underline">
              Xem tất cả tin
            </Link>
          }
        >
          {lead ? (
            <>
              <article className="border-b border-slate-200 pb-5">
                <h3 className="text-2xl font-bold">
                  <Link href={`/tin-tuc/${lead.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
                    {lead.title}
                  </Link>
                </h3>
                <div className="mt-2">
                  <ArticleMeta article={lead} />
                </div>
                <p className="mt-3 text-lg text-slate-700">{lead.summary}</p>
              </article>
              {rest.length > 0 ? (
                <div className="pt-5">
                  <ArticleList articles={rest} headingLevel={3} />
                </div>
              ) : null}
            </>
          ) : (
            <EmptyState title="Chưa có tin bài nào được đăng." />
          )}
        </Section>

        <Section
          title="Văn bản mới"
          headingId="van-ban-moi"
          action={
            <Link href="/van-ban" className="text-base font-medium text-brand-800 hover:underline">
              Xem tất cả
            </Link>
          }
        >
          {documents.length > 0 ? (
            <DocumentBoxList documents={documents} />
          ) : (
            <EmptyState title="Chưa có văn bản nào." />
          )}
        </Section>
      </div>

      <Section
        title="Kinh tế tập thể trong tỉnh"
        headingId="so-lieu"
        action={
          <Link href="/so-lieu" className="text-base font-medium text-brand-800 hover:underline">
            Xem số liệu
          </Link>
        }
      >
        <HeadlineStats counts={counts} />
      </Section>
    </div>
  );
}
