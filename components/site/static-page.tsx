import Link from 'next/link';

import { Breadcrumbs } from '@/components/ui/page-title';
import { formatDate, isoDate } from '@/lib/format/date';
import { sanitizePageHtml } from '@/lib/pages/html';
import type { MenuItem } from '@/lib/site-links/types';

export type StaticPageData = {
  slug: string;
  title: string;
  summary: string | null;
  body: string;
  updatedAt: Date;
};

/**
 * A Vietnamese page (Giới thiệu, Cơ cấu tổ chức, Liên hệ …): title, lead, cleaned body. `section`
 * is the menu entry whose submenu holds the page (lib/site-links sectionOf): its pages are listed
 * beside it, as "Giới thiệu" lists Giới thiệu chung, Cơ cấu tổ chức and Trung tâm Tư vấn.
 */
export function StaticPage({ page, translation, section }: { page: StaticPageData; translation: { path: string } | null; section: MenuItem | null }) {
  const path = `/${page.slug}`;
  const sectionLinks = section?.children ?? [];
  const inSection = sectionLinks.length > 0;
  return (
    <div className={inSection ? 'grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]' : ''}>
      <article className="mx-auto w-full max-w-3xl min-w-0">
        <Breadcrumbs
          items={[
            { href: '/', label: 'Trang chủ' },
            ...(section && path !== section.href ? [{ href: section.href, label: section.label }] : []),
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
      {section && inSection ? (
        <nav aria-labelledby="muc-trang" className="self-start rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="muc-trang" className="text-lg font-bold text-brand-800 uppercase">
            {section.label}
          </h2>
          <ul className="mt-3 space-y-2">
            {sectionLinks.map((l, i) => (
              <li key={`${i}:${l.href}`}>
                <Link
                  href={l.href}
                  aria-current={l.href === path ? 'page' : undefined}
                  className="text-slate-800 hover:text-brand-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
                >
                  {l.label}
                </Link>
              </li>
            ))}
            {sectionLinks.some((l) => l.href === '/lien-he') ? null : (
              <li>
                <Link href="/lien-he" className="text-slate-800 hover:text-brand-800 hover:underline">
                  Liên hệ
                </Link>
              </li>
            )}
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
