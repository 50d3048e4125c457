import { getFeedArticles } from '@/lib/articles/queries';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { renderRss } from '@/lib/feeds/rss';
import { site } from '@/lib/site';
import { absoluteUrl } from '@/lib/seo/site-url';

/**
 * /rss.xml: the 50 newest published articles. Cached like a public page and expired with the
 * articles tag (docs/decisions/0004); during the build (no database) it is an empty channel,
 * which the runtime cache never serves.
 */
export const dynamic = 'force-static';

export async function GET() {
  const live = await cachedUnder(cacheTags.articles);
  const articles = live ? await getFeedArticles(50) : [];
  const xml = renderRss({
    title: `Tin tức – ${site.name}`,
    link: absoluteUrl('/tin-tuc'),
    selfLink: absoluteUrl('/rss.xml'),
    description: `Tin tức mới của ${site.name}: hoạt động, kinh tế tập thể, mô hình điển hình, chính sách và thông báo.`,
    language: 'vi',
    items: articles.map((a) => ({
      title: a.title,
      link: absoluteUrl(`/tin-tuc/${a.slug}`),
      description: a.summary,
      pubDate: a.publishedAt ?? new Date(0),
      category: a.category.name,
      creator: a.sourceLine,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
