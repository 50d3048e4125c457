'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `count` (what waits there, e.g. comments to moderate) shows as a badge when above zero. */
export type SidebarLink = { href: string; label: string; count?: number; countLabel?: string };

/** The workspace menu. It receives only the links the user's role may see (filtered on the server). */
export function SidebarNav({ links }: { links: SidebarLink[] }) {
  const pathname = usePathname() ?? '';
  const matches = (href: string) => (href === '/quan-tri' ? pathname === '/quan-tri' : pathname === href || pathname.startsWith(`${href}/`));
  // Nested items (a list and its settings page) both match: only the most specific one is current.
  const currentHref = links.map((l) => l.href).filter(matches).sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label="Menu quản trị">
      <ul className="space-y-1">
        {links.map((link) => {
          const current = link.href === currentHref;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2.5 ${
                  current ? 'bg-brand-700 font-semibold text-white' : 'text-slate-800 hover:bg-brand-50 hover:text-brand-900'
                }`}
              >
                {link.label}
                {link.count ? (
                  <span className={`ml-2 inline-block min-w-6 rounded-full px-1.5 text-center text-sm font-bold ${current ? 'bg-white text-brand-800' : 'bg-red-700 text-white'}`}>
                    {/* Read as "Bình luận, 3 chờ duyệt". */}
                    <span className="sr-only">, </span>
                    {link.count > 99 ? '99+' : link.count}
                    {link.countLabel ? <span className="sr-only"> {link.countLabel}</span> : null}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
