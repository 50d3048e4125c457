import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SlugEntity } from '@/lib/generated/prisma/enums';

/**
 * Slugs are stable, but a renamed title may get a new one: the old slug is kept in SlugAlias and
 * requests for it redirect permanently (308) to the current slug, so shared links never break.
 */

/** The entity id a former slug points at, or null. */
export async function findSlugAlias(entity: SlugEntity, slug: string): Promise<number | null> {
  const alias = await prisma.slugAlias.findUnique({ where: { entity_slug: { entity, slug } }, select: { entityId: true } });
  return alias?.entityId ?? null;
}

/**
 * Records that `oldSlug` now means the record `entityId` (call it in the transaction that changes
 * the slug). An alias equal to the new slug is removed, so renaming back and forth never loops.
 */
export async function recordSlugChange(
  tx: Prisma.TransactionClient,
  entity: SlugEntity,
  entityId: number,
  oldSlug: string,
  newSlug: string,
): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx.slugAlias.deleteMany({ where: { entity, slug: newSlug } });
  await tx.slugAlias.upsert({
    where: { entity_slug: { entity, slug: oldSlug } },
    create: { entity, slug: oldSlug, entityId },
    update: { entityId },
  });
}
