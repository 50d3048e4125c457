import type { Metadata } from 'next';
import Link from 'next/link';

import { EnglishNav } from '@/components/site/static-page';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPagesIn } from '@/lib/pages/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'English',
  description: `${site.nameEn}: who we are, how we are organized and how to reach us.`,
  path: '/en',
  locale: 'en',
  languages: { vi: '/', en: '/en' },
});

/** The English start page: a short welcome and the pages that have an English version. */
export default async function EnglishIndexPage() {
  if (!(await cachedUnder(cacheTags.pages))) return null;
  const pages = await getPagesIn('en');
  return (
    <div lang="en" className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="mx-auto w-full max-w-3xl">
        <h1 className="text-3xl font-bold text-slate-900">{site.nameEn}</h1>
        <p className="mt-3 text-lg text-slate-700">
          The Cooperative Alliance represents and supports the cooperatives, unions of cooperatives, cooperative
          groups and people&apos;s credit funds of An Giang Province, Viet Nam. Since 1 July 2025 the province
          includes the former Kien Giang Province.
        </p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {pages.map((p) => (
            <li key={p.path} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-xl font-semibold">
                <Link href={p.path} className="text-brand-800 hover:underline">
                  {p.title}
                </Link>
              </h2>
              {p.summary ? <p className="mt-2 text-slate-700">{p.summary}</p> : null}
            </li>
          ))}
        </ul>
      </div>
      <EnglishNav siblings={pages} />
    </div>
  );
}
