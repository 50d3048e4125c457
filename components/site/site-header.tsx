import Link from 'next/link';

import { getTranslationPairs } from '@/lib/pages/queries';
import { site } from '@/lib/site';
import { getPublicSiteLinks } from '@/lib/site-links/queries';

import { Emblem } from './emblem';
import { LanguageSwitch } from './language-switch';
import { TopMenu } from './top-menu';

/**
 * The public header: a thin bar with the language switch and sign-in, the alliance's emblem and
 * name with the site search, then the main menu. It reads no cookies or headers (public pages are
 * cached whole); what depends on the address (current menu item, language switch target) is
 * worked out in the browser from the path.
 */
export async function SiteHeader() {
  const [pairs, links] = await Promise.all([getTranslationPairs(), getPublicSiteLinks()]);
  const utilityLink = 'rounded px-2 py-1 underline-offset-4 hover:underline focus-visible:outline-white';
  return (
    <header>
      <div className="bg-brand-900 text-sm text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-1.5">
          <p className="hidden sm:block">
            Điện thoại:{' '}
            <a href={`tel:${site.phone.replace(/\s/g, '')}`} className="underline-offset-4 hover:underline focus-visible:outline-white">
              {site.phone}
            </a>
          </p>
          <ul className="ml-auto flex items-center gap-2">
            <li>
              <LanguageSwitch pairs={pairs} className={utilityLink} />
            </li>
            <li aria-hidden="true" className="text-brand-200">
              |
            </li>
            <li>
              <Link href="/dang-nhap" className={utilityLink}>
                Đăng nhập
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:py-4">
          <Link href="/" className="flex min-w-0 items-center gap-3 rounded-md sm:gap-4">
            <Emblem className="h-12 w-12 shrink-0 sm:h-16 sm:w-16" />
            <span className="flex min-w-0 flex-col">
              <span className="text-xs font-medium tracking-wide text-slate-600 uppercase sm:text-sm">{site.portalName}</span>
              <span className="text-lg leading-snug font-bold text-brand-800 uppercase sm:text-2xl">{site.name}</span>
            </span>
          </Link>
          <form action="/tim-kiem" method="get" role="search" className="flex w-full items-center md:w-auto">
            <label htmlFor="site-search" className="sr-only">
              Tìm kiếm trên cổng thông tin
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Tìm tin tức, văn bản, HTX…"
              className="min-w-0 flex-1 rounded-l-md border border-slate-400 px-3 py-2 text-base md:w-64 md:flex-none"
            />
            <button
              type="submit"
              className="rounded-r-md border border-l-0 border-brand-700 bg-brand-700 px-4 py-2 text-base font-medium text-white hover:bg-brand-800"
            >
              Tìm
            </button>
          </form>
        </div>
      </div>
      <TopMenu items={links.menu} />
    </header>
  );
}
