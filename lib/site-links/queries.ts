import 'server-only';

import { unstable_cache } from 'next/cache';

import { isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';

import type { SiteLinkLocation } from './schema';
import type { MenuItem, MenuLink, PublicSiteLinks } from './types';

/**
 * What the public header and footer show: visible entries in order. A menu entry's visible
 * children are its submenu; an entry whose children are all hidden is a plain link, and the
 * children of a hidden entry are hidden with it.
 */
export async function loadPublicSiteLinks(): Promise<PublicSiteLinks> {
  const rows = await prisma.siteLink.findMany({
    where: { visible: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, location: true, parentId: true, label: true, href: true },
  });
  const childrenOf = new Map<number, MenuLink[]>();
  for (const r of rows) {
    if (r.parentId === null) continue;
    const list = childrenOf.get(r.parentId) ?? [];
    list.push({ href: r.href, label: r.label });
    childrenOf.set(r.parentId, list);
  }
  const menu: MenuItem[] = [];
  const footer: MenuLink[] = [];
  for (const r of rows) {
    if (r.parentId !== null) continue;
    if (r.location === 'FOOTER') {
      footer.push({ href: r.href, label: r.label });
      continue;
    }
    const children = childrenOf.get(r.id);
    menu.push(children?.length ? { href: r.href, label: r.label, children } : { href: r.href, label: r.label });
  }
  return { menu, footer };
}

const cachedSiteLinks = unstable_cache(loadPublicSiteLinks, ['site-links'], { tags: [cacheTags.siteLinks] });

/**
 * The menu and footer links for the public layout, through the data cache under the `siteLinks`
 * tag: every cached public page carries the tag, so a change to a link expires them all (they
 * all show it). Empty during the build, which has no database (that output is never served).
 */
export async function getPublicSiteLinks(): Promise<PublicSiteLinks> {
  if (isBuildPhase()) return { menu: [], footer: [] };
  try {
    return await cachedSiteLinks();
  } catch (error) {
    // Outside Next's request handling (tests, scripts) there is no cache to read through.
    if (error instanceof Error && error.message.includes('incrementalCache missing')) return loadPublicSiteLinks();
    throw error;
  }
}

/**
 * The submenu that holds a page, for the side navigation of static pages: the visible menu entry
 * whose submenu links to `path` (or that links to it itself and has a submenu).
 */
export function sectionOf(menu: readonly MenuItem[], path: string): MenuItem | null {
  return menu.find((item) => item.children?.length && (item.href === path || item.children.some((c) => c.href === path))) ?? null;
}

export type EditorSiteLink = {
  id: number;
  parentId: number | null;
  label: string;
  href: string;
  visible: boolean;
  position: number;
  children: EditorSiteLink[];
};

/** Both lists with every entry, hidden ones too, for /quan-tri/menu. */
export async function getSiteLinksForEditors(): Promise<Record<SiteLinkLocation, EditorSiteLink[]>> {
  const rows = await prisma.siteLink.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, location: true, parentId: true, label: true, href: true, visible: true, position: true },
  });
  const out: Record<SiteLinkLocation, EditorSiteLink[]> = { MENU: [], FOOTER: [] };
  const byId = new Map<number, EditorSiteLink>();
  for (const r of rows) if (r.parentId === null) byId.set(r.id, { ...r, children: [] });
  for (const r of rows) {
    if (r.parentId === null) out[r.location].push(byId.get(r.id)!);
    else byId.get(r.parentId)?.children.push({ ...r, children: [] });
  }
  return out;
}

export async function getSiteLinkForEditor(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.siteLink.findUnique({ where: { id }, include: { _count: { select: { children: true } } } });
}

/** Top-level menu entries a submenu entry can go under (not `exceptId` itself). */
export async function getMenuParents(exceptId?: number) {
  return prisma.siteLink.findMany({
    where: { location: 'MENU', parentId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, label: true },
  });
}
