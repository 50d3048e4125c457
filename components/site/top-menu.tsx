'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

import type { MenuItem } from '@/lib/site';

function isCurrent(pathname: string, href: string, all: readonly MenuItem[]): boolean {
  if (href === '/') return pathname === '/';
  if (pathname !== href && !pathname.startsWith(`${href}/`)) return false;
  // The most specific item wins: /tin-tuc/chuyen-muc/mo-hinh-dien-hinh is not also "Tin tức".
  return !all.some((o) => o.href.length > href.length && (pathname === o.href || pathname.startsWith(`${o.href}/`)));
}

/** The main menu: a row of links on wide screens, a disclosure list on phones. No JavaScript needed to open it. */
export function TopMenu({ items }: { items: readonly MenuItem[] }) {
  const pathname = usePathname() ?? '/';
  const links = (className: string) =>
    items.map((item) => {
      const current = isCurrent(pathname, item.href, items);
      return (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={current ? 'page' : undefined}
            className={`${className} ${current ? 'bg-brand-900 font-semibold' : 'hover:bg-brand-800'}`}
          >
            {item.label}
          </Link>
        </li>
      );
    });

  return (
    <nav aria-label="Menu chính" className="bg-brand-700 text-white">
      <div className="mx-auto max-w-6xl px-4">
        <ul className="hidden flex-wrap md:flex">{links('block px-4 py-3 font-medium focus-visible:outline-white')}</ul>
        <details className="md:hidden">
          <summary className="cursor-pointer py-3 font-semibold">Danh mục</summary>
          <ul className="border-t border-brand-600 pb-2">{links('block rounded px-3 py-2.5 focus-visible:outline-white')}</ul>
        </details>
      </div>
    </nav>
  );
}
