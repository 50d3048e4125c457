'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type SidebarLink = { href: string; label: string };

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
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
