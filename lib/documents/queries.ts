import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DocumentScope } from '@/lib/generated/prisma/enums';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';

export const DOCUMENTS_PER_PAGE = 15;

/** The ?pham-vi= values of /van-ban and the scopes they stand for. */
export const scopeParams = {
  'trung-uong': 'CENTRAL',
  'dia-phuong': 'LOCAL',
  'don-vi': 'UNIT',
} as const satisfies Record<string, DocumentScope>;

export type ScopeParam = keyof typeof scopeParams;

export function parseScopeParam(value: string | undefined): ScopeParam | undefined {
  return value !== undefined && Object.hasOwn(scopeParams, value) ? (value as ScopeParam) : undefined;
}

const listSelect = {
  id: true,
  slug: true,
  number: true,
  type: true,
  scope: true,
  issuedOn: true,
  validity: true,
  abstract: true,
  issuingBody: { select: { name: true } },
} satisfies Prisma.LegalDocumentSelect;

export type DocumentListItem = Prisma.LegalDocumentGetPayload<{ select: typeof listSelect }>;

const newestFirst: Prisma.LegalDocumentOrderByWithRelationInput[] = [{ issuedOn: 'desc' }, { id: 'desc' }];

export async function getLatestDocuments(limit = 6): Promise<DocumentListItem[]> {
  return prisma.legalDocument.findMany({
    where: { published: true },
    select: listSelect,
    orderBy: newestFirst,
    take: limit,
  });
}

export async function getDocumentBySlug(slug: string) {
  return prisma.legalDocument.findFirst({
    where: { slug, published: true },
    select: {
      ...listSelect,
      signer: true,
      effectiveOn: true,
      expiredOn: true,
      field: true,
      fullText: true,
      issuingBody: { select: { name: true, level: true } },
    },
  });
}

/** Published documents, newest first, optionally of one scope (Trung ương / địa phương / đơn vị). */
export async function getDocumentsPage(page: number, scope?: DocumentScope): Promise<Paged<DocumentListItem>> {
  const where: Prisma.LegalDocumentWhereInput = { published: true, ...(scope ? { scope } : {}) };
  const [items, total] = await Promise.all([
    prisma.legalDocument.findMany({ where, select: listSelect, orderBy: newestFirst, ...pageWindow(page, DOCUMENTS_PER_PAGE) }),
    prisma.legalDocument.count({ where }),
  ]);
  return toPaged(items, total, page, DOCUMENTS_PER_PAGE);
}

/** Number and abstract search for the interim search page. */
export async function searchDocuments(query: string, limit = 20): Promise<DocumentListItem[]> {
  return prisma.legalDocument.findMany({
    where: {
      published: true,
      OR: [
        { number: { contains: query, mode: 'insensitive' } },
        { abstract: { contains: query, mode: 'insensitive' } },
      ],
    },
    select: listSelect,
    orderBy: newestFirst,
    take: limit,
  });
}

// ── Workspace ──

export const WORKSPACE_DOCUMENTS_PER_PAGE = 20;

/** Every document, published or not, for editors. */
export async function getDocumentsForEditors(page: number) {
  const [items, total] = await Promise.all([
    prisma.legalDocument.findMany({
      select: { ...listSelect, published: true, updatedAt: true },
      orderBy: newestFirst,
      ...pageWindow(page, WORKSPACE_DOCUMENTS_PER_PAGE),
    }),
    prisma.legalDocument.count(),
  ]);
  return toPaged(items, total, page, WORKSPACE_DOCUMENTS_PER_PAGE);
}
