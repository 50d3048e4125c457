import Link from 'next/link';

import { ArticleLead, ArticleLinks, CoverThumb } from '@/components/site/article-list';
import { DocumentBoxList } from '@/components/site/document-list';
import { HeadlineStats } from '@/components/site/headline-stats';
import { VisitorStats } from '@/components/site/visitor-stats';
import { Section } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getCategoryBlocks, getFeaturedArticles, getLatestArticles } from '@/lib/articles/queries';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { formatDate, isoDate } from '@/lib/format/date';
import { getLatestDocuments } from '@/lib/documents/queries';
import { site } from '@/lib/site';
import { getHeadlineCounts } from '@/lib/stats/queries';

/** National sites a provincial alliance links to (plain links: nothing loads from them). */
const WEBSITE_LINKS = [
  { href: 'https://chinhphu.vn', label: 'Cổng Thông tin điện tử Chính phủ' },
  { href: 'https://mof.gov.vn', label: 'Bộ Tài chính' },
  { href: 'https://vca.org.vn', label: 'Liên minh Hợp tác xã Việt Nam' },
];

const more = 'text-base font-medium text-brand-800 hover:underline';

/**
 * The home page, cached whole and expired when articles, documents or statistics change
 * (docs/decisions/0004). Calm by design: no carousel, nothing moves on its own.
 */
export default async function HomePage() {
  if (!(await cachedUnder(cacheTags.articles, cacheTags.documents, cacheTags.stats))) return null;
  const featured = await getFeaturedArticles(4);
  const [latest, blocks, documents, counts] = await Promise.all([
    getLatestArticles(7, featured.map((a) => a.id)),
    getCategoryBlocks(4),
    getLatestDocuments(6),
    getHeadlineCounts(),
  ]);
  const [lead, ...otherFeatured] = featured.length > 0 ? featured : latest;
  const latestList = featured.length > 0 ? latest : latest.slice(1);

  return (
    <div className="space-y-8">
      <h1 className="sr-only">
        {site.portalName} {site.name}
      </h1>

      <div className="grid gap-8 lg:grid-cols-3">
        <Section
          title="Tin nổi bật"
          headingId="tin-noi-bat"
          className="lg:col-span-2"
          action={
            <Link href="/tin-tuc" className={more}>
              Xem tất cả tin
            </Link>
          }
        >
          {lead ? (
            <>
              <ArticleLead article={lead} />
              {otherFeatured.length > 0 ? (
                <ul className="mt-6 grid gap-5 border-t border-slate-200 pt-5 sm:grid-cols-3">
                  {otherFeatured.map((a) => (
                    <li key={a.slug}>
                      <article>
                        {a.cover ? <CoverThumb cover={a.cover} className="mb-2 aspect-video" /> : null}
                        <h3 className="font-semibold">
                          <Link href={`/tin-tuc/${a.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
                            {a.title}
                          </Link>
                        </h3>
                        {a.publishedAt ? (
                          <time dateTime={isoDate(a.publishedAt)} className="mt-1 block text-sm text-slate-600">
                            {formatDate(a.publishedAt)}
                          </time>
                        ) : null}
                      </article>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <EmptyState title="Chưa có tin bài nào được đăng." />
          )}
        </Section>

        <Section title="Tin mới" headingId="tin-moi">
          {latestList.length > 0 ? <ArticleLinks articles={latestList} /> : <EmptyState title="Chưa có tin mới." />}
        </Section>
      </div>

      <Section
        title="Kinh tế tập thể trong tỉnh"
        headingId="so-lieu"
        action={
          <Link href="/so-lieu" className={more}>
            Xem số liệu
          </Link>
        }
      >
        <HeadlineStats counts={counts} />
      </Section>

      {blocks.length > 0 ? (
        <div className="grid gap-8 md:grid-cols-2">
          {blocks.map((block) => {
            const [first, ...rest] = block.articles;
            return (
              <Section
                key={block.slug}
                title={block.name}
                headingId={`chuyen-muc-${block.slug}`}
                action={
                  <Link href={`/tin-tuc/chuyen-muc/${block.slug}`} className={more} aria-label={`Xem tất cả: ${block.name}`}>
                    Xem tất cả
                  </Link>
                }
              >
                <article className={first.cover ? 'grid gap-4 sm:grid-cols-[9rem_1fr]' : undefined}>
                  {first.cover ? <CoverThumb cover={first.cover} className="aspect-video" /> : null}
                  <div>
                    <h3 className="text-lg font-semibold">
                      <Link href={`/tin-tuc/${first.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
                        {first.title}
                      </Link>
                    </h3>
                    {first.publishedAt ? (
                      <time dateTime={isoDate(first.publishedAt)} className="mt-1 block text-sm text-slate-600">
                        {formatDate(first.publishedAt)}
                      </time>
                    ) : null}
                  </div>
                </article>
                {rest.length > 0 ? (
                  <div className="mt-4 border-t border-slate-200 pt-4">
                    <ArticleLinks articles={rest} />
                  </div>
                ) : null}
              </Section>
            );
          })}
        </div>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-3">
        <Section
          title="Văn bản mới"
          headingId="van-ban-moi"
          className="lg:col-span-1"
          action={
            <Link href="/van-ban" className={more} aria-label="Xem tất cả văn bản">
              Xem tất cả
            </Link>
          }
        >
          {documents.length > 0 ? <DocumentBoxList documents={documents} /> : <EmptyState title="Chưa có văn bản nào." />}
        </Section>

        <Section title="Liên kết website" headingId="lien-ket-website">
          <ul className="space-y-3">
            {WEBSITE_LINKS.map((l) => (
              <li key={l.href}>
                <a href={l.href} rel="noopener noreferrer" className="font-medium text-brand-800 underline hover:text-brand-900">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </Section>

        <VisitorStats />
      </div>
    </div>
  );
}
