import 'server-only';

import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import type { DocumentType, Validity } from '@/lib/generated/prisma/enums';

import { documentNumberKey, escapeLike } from './number';

/** Issuing bodies for the form's select, by level then name; closed bodies show their end. */
export async function getIssuingBodyOptions() {
  return prisma.issuingBody.findMany({
    orderBy: [{ level: 'asc' }, { name: 'asc' }, { validFrom: 'asc' }],
    select: { id: true, name: true, level: true, validTo: true },
  });
}

/** One document, published or not, with its relations both ways and its attachments. */
export async function getDocumentForEditor(id: number, asOf: string = todayIsoInVietnam()) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const doc = await prisma.legalDocument.findUnique({
    where: { id },
    include: {
      relationsFrom: { include: { to: { select: { id: true, number: true, type: true, slug: true, abstract: true } } }, orderBy: { id: 'asc' } },
      relationsTo: { include: { from: { select: { id: true, number: true, type: true, slug: true, abstract: true } } }, orderBy: { id: 'asc' } },
      attachments: {
        orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
        include: { media: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } } },
      },
      consultation: { select: { id: true } },
    },
  });
  if (!doc) return null;
  const [row] = await prisma.$queryRaw<{ validity: Validity }[]>`
    SELECT legal_document_validity(d.id, d."issuedOn", d."effectiveOn", d."expiredOn", d.validity, ${asOf}::date)::text AS validity
      FROM "LegalDocument" d WHERE d.id = ${id}`;
  return { ...doc, derivedValidity: row.validity };
}

export type DocumentEditorData = NonNullable<Awaited<ReturnType<typeof getDocumentForEditor>>>;

/** Documents whose number matches loosely ("45/2021", "45-2021-nd-cp"), for picking a related one. */
export async function findDocumentsByNumber(query: string, excludeId: number | null, limit = 10) {
  const key = documentNumberKey(query);
  if (!key.trim()) return [];
  return prisma.$queryRaw<{ id: number; number: string; type: DocumentType; abstract: string; issuedOn: Date; published: boolean }[]>`
    SELECT d.id, d.number, d.type::text AS type, d.abstract, d."issuedOn", d.published
      FROM "LegalDocument" d
     WHERE legal_number_key(d.number) LIKE ${`%${escapeLike(key)}%`}
       AND (${excludeId}::int IS NULL OR d.id <> ${excludeId}::int)
     ORDER BY d."issuedOn" DESC, d.id DESC
     LIMIT ${limit}`;
}

