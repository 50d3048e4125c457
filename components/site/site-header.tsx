import Link from 'next/link';

import { mainMenu, site } from '@/lib/site';

import { Emblem } from './emblem';
import { TopMenu } from './top-menu';

export function SiteHeader() {
  return (
    <header>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <Link href="/" className="flex items-center gap-4 rounded-md">
            <Emblem className="h-16 w-16 shrink-0" />
            <span className="flex flex-col">
              <span className="text-sm font-medium tracking-wide text-slate-600 uppercase">{site.portalName}</span>
              <span className="text-xl font-bold text-brand-800 uppercase sm:text-2xl">{site.name}</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <form action="/tim-kiem" method="get" role="search" className="flex items-center">
              <label htmlFor="site-search" className="sr-only">
                Tìm kiếm trên cổng thông tin
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="Tìm kiếm…"
                className="w-44 rounded-l-md border border-slate-300 px-3 py-2 text-base sm:w-56"
              />
              <button
                type="submit"
                className="rounded-r-md border border-l-0 border-slate-300 bg-slate-100 px-3 py-2 text-base font-medium hover:bg-slate-200"
              >
                Tìm
              </button>
            </form>
            <Link
              href="/dang-nhap"
              className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
            >
              Đăng nhập
            </Link>
          </div>
        </div>
      </div>
      <TopMenu items={mainMenu} />
    </header>
  );
}
