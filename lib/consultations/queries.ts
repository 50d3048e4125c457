import 'server-only';

import { prisma } from '@/lib/db';
import { pageWindow, toPaged } from '@/lib/pagination';

const docSelect = { id: true, slug: true, number: true, type: true, abstract: true, published: true } as const;

/** Every consultation, newest window first (public list and workspace list). */
export async function getConsultations() {
  return prisma.draftConsultation.findMany({
    orderBy: [{ opensOn: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      opensOn: true,
      closesOn: true,
      summaryPublishedAt: true,
      legalDocument: { select: docSelect },
      _count: { select: { comments: true } },
    },
  });
}

/** The public page of a draft: the document (published in the library or not) and its window. */
export async function getPublicConsultation(slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  return prisma.draftConsultation.findFirst({
    where: { legalDocument: { slug } },
    select: {
      opensOn: true,
      closesOn: true,
      summary: true,
      summaryPublishedAt: true,
      legalDocument: {
        select: {
          ...docSelect,
          fullText: true,
          issuedOn: true,
          issuingBody: { select: { name: true } },
          attachments: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }], select: { id: true, title: true, media: { select: { fileName: true, mimeType: true, sizeBytes: true } } } },
        },
      },
    },
  });
}

/** An attachment of a draft under consultation, with the stored file's address. */
export async function getConsultationAttachment(slug: string, attachmentId: number) {
  return prisma.attachment.findFirst({
    where: { id: attachmentId, legalDocument: { slug, consultation: { isNot: null } } },
    select: { media: { select: { fileName: true, mimeType: true, storageKey: true, sha256: true } } },
  });
}

export const COMMENTS_PER_PAGE = 30;

export async function getConsultationForStaff(id: number, page: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const consultation = await prisma.draftConsultation.findUnique({ where: { id }, include: { legalDocument: { select: docSelect } } });
  if (!consultation) return null;
  const { skip, take } = pageWindow(page, COMMENTS_PER_PAGE);
  const [comments, total] = await Promise.all([
    prisma.draftComment.findMany({ where: { consultationId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip, take }),
    prisma.draftComment.count({ where: { consultationId: id } }),
  ]);
  return { consultation, comments: toPaged(comments, total, page, COMMENTS_PER_PAGE) };
}
