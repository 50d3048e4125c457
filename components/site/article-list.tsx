import Link from 'next/link';

import { formatDate, isoDate } from '@/lib/format/date';

export type ArticleCoverImage = { src: string; width: number | null; height: number | null; alt: string };

export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  category: { slug: string; name: string };
  cover?: ArticleCoverImage | null;
};

export function ArticleMeta({ article, showCategory = true }: { article: Pick<ArticleSummary, 'publishedAt' | 'category'>; showCategory?: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-600">
      {article.publishedAt ? <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time> : null}
      {showCategory ? (
        <>
          <span aria-hidden="true">·</span>
          <Link href={`/tin-tuc/chuyen-muc/${article.category.slug}`} className="font-medium text-brand-800 hover:underline">
            {article.category.name}
          </Link>
        </>
      ) : null}
    </p>
  );
}

/**
 * A cover as a list shows it. The picture repeats the linked title next to it, so it is
 * decorative here (empty alt): screen readers hear the title once.
 */
export function CoverThumb({ cover, className }: { cover: ArticleCoverImage; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- SVG from /media with its size known; nothing for next/image to optimize
    <img src={cover.src} alt="" width={cover.width ?? 1200} height={cover.height ?? 675} loading="lazy" decoding="async" className={`h-auto w-full rounded object-cover ${className ?? ''}`} />
  );
}

type HeadingLevel = 2 | 3;

/** A list of article summaries; headings are h2 or h3 depending on where the list sits. */
export function ArticleList({ articles, headingLevel = 2, showCovers = false, showCategory = true }: { articles: ArticleSummary[]; headingLevel?: HeadingLevel; showCovers?: boolean; showCategory?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-slate-200">
      {articles.map((a) => (
        <li key={a.slug} className="py-5 first:pt-0 last:pb-0">
          <article className={showCovers && a.cover ? 'grid gap-4 sm:grid-cols-[12rem_1fr]' : undefined}>
            {showCovers && a.cover ? <CoverThumb cover={a.cover} className="aspect-video sm:order-none" /> : null}
            <div>
              <Heading className="text-xl font-semibold">
                <Link href={`/tin-tuc/${a.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
                  {a.title}
                </Link>
              </Heading>
              <div className="mt-1">
                <ArticleMeta article={a} showCategory={showCategory} />
              </div>
              <p className="mt-2 line-clamp-3 text-slate-700">{a.summary}</p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** The lead story of a block: large cover, title, summary. */
export function ArticleLead({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: HeadingLevel }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article>
      {article.cover ? <CoverThumb cover={article.cover} className="mb-4 aspect-video" /> : null}
      <Heading className="text-2xl font-bold">
        <Link href={`/tin-tuc/${article.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
          {article.title}
        </Link>
      </Heading>
      <div className="mt-2">
        <ArticleMeta article={article} />
      </div>
      <p className="mt-3 text-lg text-slate-700">{article.summary}</p>
    </article>
  );
}

/** Titles with their dates only (related and earlier articles, category blocks). */
export function ArticleLinks({ articles }: { articles: Pick<ArticleSummary, 'slug' | 'title' | 'publishedAt'>[] }) {
  return (
    <ul className="space-y-3">
      {articles.map((a) => (
        <li key={a.slug} className="flex flex-col gap-0.5 sm:flex-row sm:items-baseline sm:gap-3">
          <Link href={`/tin-tuc/${a.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
            {a.title}
          </Link>
          {a.publishedAt ? (
            <time dateTime={isoDate(a.publishedAt)} className="shrink-0 text-sm text-slate-600 tabular-nums">
              ({formatDate(a.publishedAt)})
            </time>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
