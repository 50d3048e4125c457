'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

import type { TranslationPairs } from '@/lib/pages/queries';

/**
 * "English" on Vietnamese pages, "Tiếng Việt" on English ones. It leads to the translation of the
 * page being read when there is one (pairs come from the pages' shared translationKey), else to
 * the other language's start page. The path is read in the browser, so the server-rendered header
 * stays the same for every visitor and the page can be cached.
 */
export function LanguageSwitch({ pairs, className }: { pairs: TranslationPairs; className?: string }) {
  const pathname = usePathname() ?? '/';
  const english = pathname === '/en' || pathname.startsWith('/en/');
  const target = english
    ? (pairs.find(([, en]) => en === pathname)?.[0] ?? '/')
    : (pairs.find(([vi]) => vi === pathname)?.[1] ?? '/en');
  return english ? (
    <Link href={target} hrefLang="vi" lang="vi" className={className}>
      Tiếng Việt
    </Link>
  ) : (
    <Link href={target} hrefLang="en" lang="en" className={className}>
      English
    </Link>
  );
}
