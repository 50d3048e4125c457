import Link from 'next/link';

import { Breadcrumbs } from '@/components/ui/page-title';
import { formatDate, isoDate } from '@/lib/format/date';
import { sanitizePageHtml } from '@/lib/pages/html';
import { mainMenu } from '@/lib/site';

export type StaticPageData = {
  slug: string;
  title: string;
  summary: string | null;
  body: string;
  updatedAt: Date;
};

/** The pages grouped under "Giới thiệu" in the menu, shown beside each of them. */
const aboutSection = mainMenu.find((i) => i.href === '/gioi-thieu')?.children ?? [];

/** A Vietnamese page (Giới thiệu, Cơ cấu tổ chức, Liên hệ …): title, lead, cleaned body. */
export function StaticPage({ page, translation }: { page: StaticPageData; translation: { path: string } | null }) {
  const path = `/${page.slug}`;
  const inAbout = aboutSection.some((l) => l.href === path);
  return (
    <div className={inAbout ? 'grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]' : ''}>
      <article className="mx-auto w-full max-w-3xl min-w-0">
        <Breadcrumbs
          items={[
            { href: '/', label: 'Trang chủ' },
            ...(inAbout && path !== '/gioi-thieu' ? [{ href: '/gioi-thieu', label: 'Giới thiệu' }] : []),
            { label: page.title },
          ]}
        />
        <h1 className="text-3xl font-bold text-slate-900">{page.title}</h1>
        {page.summary ? <p className="mt-3 text-lg text-slate-700">{page.summary}</p> : null}
        <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: sanitizePageHtml(page.body) }} />
        <footer className="mt-10 flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 text-sm text-slate-600">
          <p>
            Cập nhật: <time dateTime={isoDate(page.updatedAt)}>{formatDate(page.updatedAt)}</time>
          </p>
          {translation ? (
            <p>
              <Link href={translation.path} hrefLang="en" lang="en" className="font-medium text-brand-800 underline">
                Read in English
              </Link>
            </p>
          ) : null}
        </footer>
      </article>
      {inAbout ? (
        <nav aria-labelledby="muc-gioi-thieu" className="self-start rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="muc-gioi-thieu" className="text-lg font-bold text-brand-800 uppercase">
            Giới thiệu
          </h2>
          <ul className="mt-3 space-y-2">
            {aboutSection.map((l) => (
              <li key={l.href}>
                <Link
                  href={l.href}
                  aria-current={l.href === path ? 'page' : undefined}
                  className="text-slate-800 hover:text-brand-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
                >
                  {l.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/lien-he" className="text-slate-800 hover:text-brand-800 hover:underline">
                Liên hệ
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

/** An English page (/en/<slug>): the whole content carries lang="en" since the document is lang="vi". */
export function EnglishPage({
  page,
  translation,
  siblings,
}: {
  page: StaticPageData;
  translation: { path: string } | null;
  siblings: { path: string; title: string }[];
}) {
  const path = `/en/${page.slug}`;
  return (
    <div lang="en" className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article className="mx-auto w-full max-w-3xl min-w-0">
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-x-2">
            <li>
              <Link href="/en" className="hover:text-brand-800 hover:underline">
                English
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page">{page.title}</li>
          </ol>
        </nav>
        <h1 className="text-3xl font-bold text-slate-900">{page.title}</h1>
        {page.summary ? <p className="mt-3 text-lg text-slate-700">{page.summary}</p> : null}
        <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: sanitizePageHtml(page.body, 'en') }} />
        <footer className="mt-10 flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 text-sm text-slate-600">
          <p>
            Updated: <time dateTime={isoDate(page.updatedAt)}>{formatDate(page.updatedAt)}</time>
          </p>
          {translation ? (
            <p>
              <Link href={translation.path} hrefLang="vi" lang="vi" className="font-medium text-brand-800 underline">
                Đọc bằng tiếng Việt
              </Link>
            </p>
          ) : null}
        </footer>
      </article>
      <EnglishNav siblings={siblings} currentPath={path} />
    </div>
  );
}

export function EnglishNav({ siblings, currentPath }: { siblings: { path: string; title: string }[]; currentPath?: string }) {
  return (
    <nav aria-labelledby="en-pages" className="self-start rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="en-pages" className="text-lg font-bold text-brand-800 uppercase">
        In English
      </h2>
      <ul className="mt-3 space-y-2">
        {siblings.map((s) => (
          <li key={s.path}>
            <Link
              href={s.path}
              aria-current={s.path === currentPath ? 'page' : undefined}
              className="text-slate-800 hover:text-brand-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
            >
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-slate-600">
        News, legal documents and the cooperative directory are published in Vietnamese.{' '}
        <Link href="/" hrefLang="vi" className="text-brand-800 underline">
          <span lang="vi">Trang chủ</span>
        </Link>
      </p>
    </nav>
  );
}
