import 'server-only';

import { prisma } from '@/lib/db';

/** A published static page (Giới thiệu, Liên hệ …) by its slug. */
export async function getPageBySlug(slug: string) {
  return prisma.page.findFirst({
    where: { slug, published: true },
    select: { id: true, slug: true, title: true, body: true, updatedAt: true },
  });
}
