import Link from 'next/link';

import { formatDate, isoDate } from '@/lib/format/date';

export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  category: { slug: string; name: string };
};

export function ArticleMeta({ article }: { article: Pick<ArticleSummary, 'publishedAt' | 'category'> }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-600">
      {article.publishedAt ? <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time> : null}
      <span aria-hidden="true">·</span>
      <Link href={`/tin-tuc/chuyen-muc/${article.category.slug}`} className="font-medium text-brand-800 hover:underline">
        {article.category.name}
      </Link>
    </p>
  );
}

/** A list of article summaries; headings are h2 or h3 depending on where the list sits. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-slate-200">
      {articles.map((a) => (
        <li key={a.slug} className="py-5 first:pt-0 last:pb-0">
          <article>
            <Heading className="text-xl font-semibold">
              <Link href={`/tin-tuc/${a.slug}`} className="text-slate-900 hover:text-brand-800 hover:underline">
                {a.title}
              </Link>
            </Heading>
            <div className="mt-1">
              <ArticleMeta article={a} />
            </div>
            <p className="mt-2 line-clamp-3 text-slate-700">{a.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
