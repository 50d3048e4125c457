import 'server-only';

import { unstable_cache } from 'next/cache';

import { isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { findSlugAlias } from '@/lib/slugs/alias';

export type PageLocale = 'vi' | 'en';

/** Slugs are lower-case ASCII words joined by dashes; anything else is not a page (no query). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function isPageSlug(slug: string): boolean {
  return slug.length <= 120 && SLUG.test(slug);
}

/** Where a page lives: Vietnamese pages at /<slug>, English ones at /en/<slug>. */
export function pagePath(page: { slug: string; locale: string }): string {
  return page.locale === 'en' ? `/en/${page.slug}` : `/${page.slug}`;
}

const pageSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  locale: true,
  translationKey: true,
  updatedAt: true,
} as const;

/**
 * A published page in the given language, with the path of its translation when there is one.
 * `redirectTo` is set instead when the slug is a former slug of a page (the route redirects).
 */
export async function getPage(slug: string, locale: PageLocale) {
  if (!isPageSlug(slug)) return { page: null, translation: null, redirectTo: null };
  const page = await prisma.page.findFirst({ where: { slug, locale, published: true }, select: pageSelect });
  if (!page) {
    const id = await findSlugAlias('PAGE', slug);
    const current = id ? await prisma.page.findFirst({ where: { id, published: true }, select: { slug: true, locale: true } }) : null;
    return { page: null, translation: null, redirectTo: current ? pagePath(current) : null };
  }
  const translation = page.translationKey
    ? await prisma.page.findFirst({
        where: { translationKey: page.translationKey, published: true, locale: { not: page.locale } },
        select: { slug: true, locale: true, title: true },
      })
    : null;
  return {
    page,
    translation: translation ? { path: pagePath(translation), title: translation.title, locale: translation.locale } : null,
    redirectTo: null,
  };
}

export type PageSummary = { slug: string; title: string; summary: string | null; path: string };

/** Published pages of one language, in menu order (the /en index lists the English ones). */
export async function getPagesIn(locale: PageLocale): Promise<PageSummary[]> {
  const pages = await prisma.page.findMany({
    where: { locale, published: true },
    select: { slug: true, title: true, summary: true, locale: true },
    orderBy: [{ menuOrder: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
  });
  return pages.map((p) => ({ slug: p.slug, title: p.title, summary: p.summary, path: pagePath(p) }));
}

/** Pairs of paths that translate each other: [Vietnamese path, English path]. */
export type TranslationPairs = [string, string][];

const loadTranslationPairs = unstable_cache(
  async (): Promise<TranslationPairs> => {
    const pages = await prisma.page.findMany({
      where: { published: true, translationKey: { not: null } },
      select: { slug: true, locale: true, translationKey: true },
    });
    const byKey = new Map<string, { vi?: string; en?: string }>();
    for (const p of pages) {
      const entry = byKey.get(p.translationKey!) ?? {};
      if (p.locale === 'vi' || p.locale === 'en') entry[p.locale] = pagePath(p);
      byKey.set(p.translationKey!, entry);
    }
    return [...byKey.values()].filter((e) => e.vi && e.en).map((e) => [e.vi!, e.en!]);
  },
  ['page-translation-pairs'],
  { tags: [cacheTags.pages] },
);

/**
 * The translation pairs for the header's language switch. Read through the data cache under the
 * `pages` tag, so a page that changes expires every cached page's switch with it. Empty during
 * the build, which has no database (that output is never served).
 */
export async function getTranslationPairs(): Promise<TranslationPairs> {
  if (isBuildPhase()) return [];
  return loadTranslationPairs();
}

/** Every published page, for the sitemap. */
export async function getPagesForSitemap() {
  const pages = await prisma.page.findMany({ where: { published: true }, select: { slug: true, locale: true, updatedAt: true } });
  return pages.map((p) => ({ path: pagePath(p), updatedAt: p.updatedAt }));
}

/** Every page, published or not, for the editors' list. */
export async function getPagesForEditors() {
  return prisma.page.findMany({ orderBy: [{ locale: 'desc' }, { title: 'asc' }], select: { id: true, slug: true, title: true, locale: true, published: true, updatedAt: true } });
}

export async function getPageForEditor(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.page.findUnique({ where: { id } });
}
