'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

import { AppLink } from '@/components/ui/app-link';
import type { MenuItem, MenuLink } from '@/lib/site-links/types';

function matches(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific link wins: on /y-kien/tra-cuu only "Ý kiến" is current, not also a parent. */
function currentHref(pathname: string, items: readonly MenuItem[]): string | null {
  const all: MenuLink[] = items.flatMap((i) => [i, ...(i.children ?? [])]);
  const hits = all.filter((l) => matches(pathname, l.href)).sort((a, b) => b.href.length - a.href.length);
  return hits[0]?.href ?? null;
}

/**
 * The main menu. On wide screens a row of links where an entry with a submenu ("Giới thiệu") opens it; on
 * phones a "Menu" button shows the same list as a column. Both use the disclosure pattern (a
 * button with aria-expanded), which needs no arrow-key handling: Tab and Shift+Tab move through
 * the links, Enter or Space opens and closes, Escape closes and returns focus to the button, and a
 * submenu closes when focus or a click leaves it.
 */
export function TopMenu({ items }: { items: readonly MenuItem[] }) {
  const pathname = usePathname() ?? '/';
  const baseId = useId();
  const [mobileOpen, setMobileOpen] = useState(false);
  const [openSub, setOpenSub] = useState<string | null>(null);
  const [shownPath, setShownPath] = useState(pathname);
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // A followed link closes whatever was open (state reset during render, React's pattern for
  // state that depends on a changing value).
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setMobileOpen(false);
    setOpenSub(null);
  }

  useEffect(() => {
    if (!mobileOpen && openSub === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (navRef.current && !navRef.current.contains(event.target as Node)) {
        setOpenSub(null);
        setMobileOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [mobileOpen, openSub]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    if (openSub !== null) {
      const button = document.getElementById(`${baseId}-${openSub}-button`);
      setOpenSub(null);
      button?.focus();
      event.stopPropagation();
    } else if (mobileOpen) {
      setMobileOpen(false);
      toggleRef.current?.focus();
      event.stopPropagation();
    }
  }

  function onSubBlur(event: FocusEvent<HTMLLIElement>, key: string) {
    const next = event.relatedTarget as Node | null;
    if (openSub === key && (!next || !event.currentTarget.contains(next))) setOpenSub(null);
  }

  const current = currentHref(pathname, items);
  const listId = `${baseId}-list`;
  const topLink =
    'block px-4 py-3 font-medium focus-visible:outline-white md:px-3 lg:px-4 hover:bg-brand-800 aria-[current=page]:bg-brand-900 aria-[current=page]:font-semibold';

  return (
    <nav ref={navRef} aria-label="Menu chính" className="bg-brand-700 text-white" onKeyDown={onKeyDown}>
      <div className="mx-auto max-w-6xl px-4">
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={mobileOpen}
          aria-controls={listId}
          onClick={() => setMobileOpen((v) => !v)}
          className="flex w-full items-center gap-2 py-3 font-semibold focus-visible:outline-white md:hidden"
        >
          <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true" focusable="false">
            {mobileOpen ? (
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            ) : (
              <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            )}
          </svg>
          Menu
        </button>
        <ul id={listId} className={`${mobileOpen ? 'block' : 'hidden'} border-t border-brand-600 pb-2 md:flex md:flex-wrap md:border-0 md:pb-0`}>
          {items.map((item, index) => {
            // Entries are editable data: two may share an address, so keys and ids go by place.
            if (!item.children) {
              return (
                <li key={`${index}:${item.href}`}>
                  <AppLink href={item.href} aria-current={current === item.href ? 'page' : undefined} className={topLink}>
                    {item.label}
                  </AppLink>
                </li>
              );
            }
            const key = `sub${index}`;
            const open = openSub === key;
            const subId = `${baseId}-${key}-menu`;
            const inside = item.children.some((c) => c.href === current);
            return (
              <li key={`${index}:${item.href}`} className="relative" onBlur={(e) => onSubBlur(e, key)}>
                <button
                  id={`${baseId}-${key}-button`}
                  type="button"
                  aria-expanded={open}
                  aria-controls={subId}
                  onClick={() => setOpenSub(open ? null : key)}
                  className={`flex w-full items-center gap-1.5 px-4 py-3 text-left font-medium hover:bg-brand-800 focus-visible:outline-white md:w-auto md:px-3 lg:px-4 ${inside ? 'bg-brand-900 font-semibold' : ''}`}
                >
                  {item.label}
                  <svg viewBox="0 0 20 20" className={`h-4 w-4 transition-transform ${open ? 'rotate-180' : ''}`} aria-hidden="true" focusable="false">
                    <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                  </svg>
                </button>
                <ul
                  id={subId}
                  className={`${open ? 'block' : 'hidden'} bg-brand-800 pb-1 md:absolute md:top-full md:left-0 md:z-40 md:min-w-60 md:rounded-b-md md:bg-white md:py-1 md:shadow-lg md:ring-1 md:ring-slate-200`}
                >
                  {item.children.map((child, childIndex) => (
                    <li key={`${childIndex}:${child.href}`}>
                      <AppLink
                        href={child.href}
                        aria-current={current === child.href ? 'page' : undefined}
                        className="block py-2.5 pr-4 pl-8 hover:bg-brand-900 focus-visible:outline-white md:px-4 md:text-slate-900 md:hover:bg-brand-50 md:focus-visible:outline-brand-600 aria-[current=page]:font-semibold md:aria-[current=page]:text-brand-800"
                      >
                        {child.label}
                      </AppLink>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
