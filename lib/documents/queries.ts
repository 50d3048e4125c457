import 'server-only';

import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { slugify } from '@/lib/format/slug';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DocumentRelationType, DocumentScope, DocumentType, IssuingLevel, Validity } from '@/lib/generated/prisma/enums';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import { findSlugAlias } from '@/lib/slugs/alias';

import type { DocumentFilters } from './filters';
import { documentNumberKey, escapeLike, searchWords, wordStartPattern } from './number';

export { scopeParams, type ScopeParam } from './filters';

export const DOCUMENTS_PER_PAGE = 15;

/**
 * Validity is never read from the stored column: it is computed on the day asked for (today in
 * Vietnam by default) by the SQL function legal_document_validity() — see the migration
 * 20261130000300_document_search_validity for the rule. The same expression filters the library
 * (?hieu-luc=) and labels every document shown, so the two cannot disagree.
 */
function validityOf(alias: string, asOf: string): Prisma.Sql {
  const d = Prisma.raw(alias);
  return Prisma.sql`legal_document_validity(${d}.id, ${d}."issuedOn", ${d}."effectiveOn", ${d}."expiredOn", ${d}.validity, ${asOf}::date)`;
}

export type DocumentListItem = {
  id: number;
  slug: string;
  number: string;
  type: DocumentType;
  scope: DocumentScope;
  issuedOn: Date;
  effectiveOn: Date | null;
  /** Derived on the day the list was read. */
  validity: Validity;
  abstract: string;
  field: string | null;
  issuingBody: { name: string; shortName: string | null };
};

type ListRow = {
  id: number;
  slug: string;
  number: string;
  type: string;
  scope: string;
  issuedOn: Date;
  effectiveOn: Date | null;
  validity: string;
  abstract: string;
  field: string | null;
  issuerName: string;
  issuerShortName: string | null;
};

function toListItem(r: ListRow): DocumentListItem {
  return {
    id: r.id,
    slug: r.slug,
    number: r.number,
    type: r.type as DocumentType,
    scope: r.scope as DocumentScope,
    issuedOn: r.issuedOn,
    effectiveOn: r.effectiveOn,
    validity: r.validity as Validity,
    abstract: r.abstract,
    field: r.field,
    issuingBody: { name: r.issuerName, shortName: r.issuerShortName },
  };
}

function listColumns(asOf: string): Prisma.Sql {
  return Prisma.sql`d.id, d.slug, d.number, d.type::text AS type, d.scope::text AS scope, d."issuedOn", d."effectiveOn",
    ${validityOf('d', asOf)}::text AS validity, d.abstract, d.field, b.name AS "issuerName", b."shortName" AS "issuerShortName"`;
}

/** Filters with the field slug already resolved to the stored field text (null: no such field). */
type ResolvedFilters = Omit<DocumentFilters, 'field' | 'page'> & { fieldName?: string | null };

/** The search condition and whether a row matched by number (for ranking), or null without a search. */
function searchConditions(q: string | undefined): { match: Prisma.Sql; byNumber: Prisma.Sql } | null {
  if (!q) return null;
  const key = documentNumberKey(q);
  const byNumber = key.trim() ? Prisma.sql`(legal_number_key(d.number) LIKE ${`%${escapeLike(key)}%`})` : Prisma.sql`FALSE`;
  const words = searchWords(q);
  const byWords = words.length
    ? Prisma.join(
        // Each word at the start of a word of the number, abstract or full text (trigram-indexed).
        words.map((w) => Prisma.sql`legal_search_text(d.number, d.abstract, d."fullText") ~ ${wordStartPattern(w)}`),
        ' AND ',
      )
    : Prisma.sql`FALSE`;
  return { match: Prisma.sql`(${byNumber} OR (${byWords}))`, byNumber };
}

function whereOf(f: ResolvedFilters, asOf: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d.published`];
  if (f.scope) parts.push(Prisma.sql`d.scope = ${f.scope}::"DocumentScope"`);
  if (f.type) parts.push(Prisma.sql`d.type = ${f.type}::"DocumentType"`);
  if (f.issuer) parts.push(Prisma.sql`d."issuingBodyId" = ${f.issuer}::int`);
  if (f.year) parts.push(Prisma.sql`d."issuedOn" >= make_date(${f.year}::int, 1, 1) AND d."issuedOn" < make_date(${f.year}::int + 1, 1, 1)`);
  if (f.fieldName === null) parts.push(Prisma.sql`FALSE`);
  else if (f.fieldName !== undefined) parts.push(Prisma.sql`d.field = ${f.fieldName}`);
  const search = searchConditions(f.q);
  if (search) parts.push(search.match);
  if (f.validity) parts.push(Prisma.sql`${validityOf('d', asOf)} = ${f.validity}::"Validity"`);
  return Prisma.join(parts, ' AND ');
}

function orderOf(f: ResolvedFilters): Prisma.Sql {
  switch (f.sort) {
    case 'oldest':
      return Prisma.sql`d."issuedOn" ASC, d.id ASC`;
    case 'number':
      // By the leading serial number ("9/…" before "45/…"), then the whole number as text.
      return Prisma.sql`NULLIF(substring(d.number from '^[0-9]{1,9}'), '')::int ASC NULLS LAST, d.number ASC, d.id ASC`;
    case 'newest':
      return Prisma.sql`d."issuedOn" DESC, d.id DESC`;
    default: {
      // No explicit order while searching: documents whose number matched come first.
      const search = searchConditions(f.q);
      return search ? Prisma.sql`${search.byNumber} DESC, d."issuedOn" DESC, d.id DESC` : Prisma.sql`d."issuedOn" DESC, d.id DESC`;
    }
  }
}

async function resolveField(slug: string | undefined): Promise<string | null | undefined> {
  if (!slug) return undefined;
  const fields = await getDocumentFields();
  return fields.find((f) => f.slug === slug)?.name ?? null;
}

export type DocumentLibrary = Paged<DocumentListItem>;

/** One page of the library, filtered and sorted as the URL says. Out-of-range pages show the last page. */
export async function getDocumentLibrary(filters: DocumentFilters, asOf: string = todayIsoInVietnam()): Promise<DocumentLibrary> {
  const resolved: ResolvedFilters = { ...filters, fieldName: await resolveField(filters.field) };
  const where = whereOf(resolved, asOf);
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "LegalDocument" d WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const { skip, take } = pageWindow(page, DOCUMENTS_PER_PAGE);
  const rows = total
    ? await prisma.$queryRaw<ListRow[]>`
        SELECT ${listColumns(asOf)}
          FROM "LegalDocument" d JOIN "IssuingBody" b ON b.id = d."issuingBodyId"
         WHERE ${where}
         ORDER BY ${orderOf(resolved)}
         LIMIT ${take} OFFSET ${skip}`
    : [];
  return toPaged(rows.map(toListItem), total, page, DOCUMENTS_PER_PAGE);
}

/** Published documents, newest first (the home page's "Văn bản mới" box). */
export async function getLatestDocuments(limit = 6, asOf: string = todayIsoInVietnam()): Promise<DocumentListItem[]> {
  const rows = await prisma.$queryRaw<ListRow[]>`
    SELECT ${listColumns(asOf)}
      FROM "LegalDocument" d JOIN "IssuingBody" b ON b.id = d."issuingBodyId"
     WHERE d.published
     ORDER BY d."issuedOn" DESC, d.id DESC
     LIMIT ${limit}`;
  return rows.map(toListItem);
}

/** Number and abstract search (the site search's documents group): the library's own search. */
export async function searchDocuments(query: string, limit = 20): Promise<DocumentListItem[]> {
  const result = await getDocumentLibrary({ q: query, page: 1 });
  return result.items.slice(0, limit);
}

// ── Filter options ──

export type DocumentField = { slug: string; name: string };

/** The distinct fields of published documents, with the slugs ?linh-vuc= uses. */
export async function getDocumentFields(): Promise<DocumentField[]> {
  const rows = await prisma.$queryRaw<{ field: string }[]>`
    SELECT DISTINCT field FROM "LegalDocument" WHERE published AND field IS NOT NULL ORDER BY field`;
  return rows.map((r) => ({ slug: slugify(r.field), name: r.field })).filter((f) => f.slug);
}

export type DocumentFilterOptions = {
  types: DocumentType[];
  /** Bodies that no longer exist carry the last day they did (validTo). */
  issuers: { id: number; name: string; level: IssuingLevel; validTo: Date | null }[];
  years: number[];
  fields: DocumentField[];
};

/** What the filter form offers: only values some published document has. */
export async function getDocumentFilterOptions(): Promise<DocumentFilterOptions> {
  const [types, issuers, years, fields] = await Promise.all([
    prisma.$queryRaw<{ type: string }[]>`SELECT DISTINCT type::text AS type FROM "LegalDocument" WHERE published`,
    prisma.$queryRaw<{ id: number; name: string; level: string; validTo: Date | null }[]>`
      SELECT b.id, b.name, b.level::text AS level, b."validTo" FROM "IssuingBody" b
       WHERE EXISTS (SELECT 1 FROM "LegalDocument" d WHERE d."issuingBodyId" = b.id AND d.published)
       ORDER BY array_position(ARRAY['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'ORGANIZATION']::text[], b.level::text), b.name`,
    prisma.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM "issuedOn")::int AS year FROM "LegalDocument" WHERE published ORDER BY 1 DESC`,
    getDocumentFields(),
  ]);
  const typeOrder: DocumentType[] = ['LAW', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'DIRECTIVE', 'PLAN', 'OFFICIAL_LETTER', 'GUIDANCE', 'REPORT', 'NOTICE', 'OTHER'];
  const present = new Set(types.map((t) => t.type));
  return {
    types: typeOrder.filter((t) => present.has(t)),
    issuers: issuers.map((i) => ({ id: i.id, name: i.name, level: i.level as IssuingLevel, validTo: i.validTo })),
    years: years.map((y) => y.year),
    fields,
  };
}

// ── One document ──

export type RelatedDocument = {
  type: DocumentRelationType;
  /** "out": this document replaces/amends/… the other; "in": the other replaces/amends/… this one. */
  direction: 'out' | 'in';
  slug: string;
  number: string;
  docType: DocumentType;
  abstract: string;
  issuedOn: Date;
  /** Effective date, or the issue date when none is recorded. */
  effectiveOn: Date;
  validity: Validity;
};

export type DocumentAttachment = { id: number; title: string; fileName: string; mimeType: string; sizeBytes: number };

export type IssuerAsOfIssue = {
  /** The body's name when it issued the document. */
  name: string;
  shortName: string | null;
  level: IssuingLevel;
  /** Last day the body existed, when it no longer does. */
  endedOn: Date | null;
  /** Today's successor when the body has since merged into another ("nay là …"). */
  successorName: string | null;
};

export type DocumentDetail = DocumentListItem & {
  signer: string | null;
  expiredOn: Date | null;
  fullText: string | null;
  issuer: IssuerAsOfIssue;
  /** The document in effect that replaces this one, when that is why it has expired. */
  replacedBy: { slug: string; number: string; type: DocumentType; effectiveOn: Date } | null;
  relations: RelatedDocument[];
  attachments: DocumentAttachment[];
};

type SuccessorLink = { name: string; validTo: Date | null; successor?: SuccessorLink | null };

/** Follows "merged into" links to the body that exists today (a few hops at most). */
function currentSuccessor(first: SuccessorLink | null | undefined): string | null {
  let body = first ?? null;
  let name: string | null = null;
  for (let hops = 0; body && hops < 5; hops++) {
    name = body.name;
    body = body.successor ?? null;
  }
  return name;
}

const successorInclude = { select: { name: true, validTo: true, successor: { select: { name: true, validTo: true, successor: { select: { name: true, validTo: true } } } } } } as const;

export async function getDocumentBySlug(slug: string, asOf: string = todayIsoInVietnam()): Promise<DocumentDetail | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const doc = await prisma.legalDocument.findFirst({
    where: { slug, published: true },
    select: {
      id: true,
      signer: true,
      expiredOn: true,
      fullText: true,
      issuingBody: { select: { name: true, shortName: true, level: true, validTo: true, successor: successorInclude } },
      attachments: {
        orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, media: { select: { fileName: true, mimeType: true, sizeBytes: true } } },
      },
    },
  });
  if (!doc) return null;

  const [[row], replacer, relations] = await Promise.all([
    prisma.$queryRaw<ListRow[]>`
      SELECT ${listColumns(asOf)} FROM "LegalDocument" d JOIN "IssuingBody" b ON b.id = d."issuingBodyId" WHERE d.id = ${doc.id}`,
    prisma.$queryRaw<{ slug: string; number: string; type: string; effectiveOn: Date }[]>`
      SELECT n.slug, n.number, n.type::text AS type, coalesce(n."effectiveOn", n."issuedOn") AS "effectiveOn"
        FROM "LegalDocument" n WHERE n.id = legal_document_replacer(${doc.id}::int, ${asOf}::date)`,
    prisma.$queryRaw<(Omit<RelatedDocument, 'docType' | 'type' | 'validity'> & { relType: string; docType: string; validity: string })[]>`
      SELECT r.type::text AS "relType", 'out' AS direction, d.slug, d.number, d.type::text AS "docType", d.abstract, d."issuedOn",
             coalesce(d."effectiveOn", d."issuedOn") AS "effectiveOn", ${validityOf('d', asOf)}::text AS validity
        FROM "DocumentRelation" r JOIN "LegalDocument" d ON d.id = r."toId"
       WHERE r."fromId" = ${doc.id} AND d.published
      UNION ALL
      SELECT r.type::text, 'in', d.slug, d.number, d.type::text, d.abstract, d."issuedOn", coalesce(d."effectiveOn", d."issuedOn"), ${validityOf('d', asOf)}::text
        FROM "DocumentRelation" r JOIN "LegalDocument" d ON d.id = r."fromId"
       WHERE r."toId" = ${doc.id} AND d.published
       ORDER BY "issuedOn" DESC, number`,
  ]);
  const body = doc.issuingBody;
  const ended = body.validTo !== null && body.validTo.toISOString().slice(0, 10) < asOf;
  return {
    ...toListItem(row),
    signer: doc.signer,
    expiredOn: doc.expiredOn,
    fullText: doc.fullText,
    issuer: {
      name: body.name,
      shortName: body.shortName,
      level: body.level,
      endedOn: ended ? body.validTo : null,
      successorName: ended ? currentSuccessor(body.successor) : null,
    },
    replacedBy: replacer[0]
      ? { slug: replacer[0].slug, number: replacer[0].number, type: replacer[0].type as DocumentType, effectiveOn: replacer[0].effectiveOn }
      : null,
    relations: relations.map((r) => ({
      type: r.relType as DocumentRelationType,
      direction: r.direction,
      slug: r.slug,
      number: r.number,
      docType: r.docType as DocumentType,
      abstract: r.abstract,
      issuedOn: r.issuedOn,
      effectiveOn: r.effectiveOn,
      validity: r.validity as Validity,
    })),
    attachments: doc.attachments.map((a) => ({ id: a.id, title: a.title, ...a.media })),
  };
}

/** The current slug of a published document that used to have `slug`, for a permanent redirect. */
export async function getDocumentSlugRedirect(slug: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const id = await findSlugAlias('DOCUMENT', slug);
  if (id === null) return null;
  const doc = await prisma.legalDocument.findFirst({ where: { id, published: true }, select: { slug: true } });
  return doc && doc.slug !== slug ? doc.slug : null;
}

/** An attachment of a published document, with the stored file's address. */
export async function getDocumentAttachment(slug: string, attachmentId: number) {
  return prisma.attachment.findFirst({
    where: { id: attachmentId, legalDocument: { slug, published: true } },
    select: { id: true, title: true, media: { select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true, sha256: true } } },
  });
}

export type FeedDocument = Pick<DocumentListItem, 'slug' | 'number' | 'type' | 'issuedOn' | 'abstract' | 'issuingBody'> & { updatedAt: Date };

/** The newest published documents for the RSS feed. */
export async function getDocumentsForFeed(limit = 30): Promise<FeedDocument[]> {
  const docs = await prisma.legalDocument.findMany({
    where: { published: true },
    orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { slug: true, number: true, type: true, issuedOn: true, abstract: true, updatedAt: true, issuingBody: { select: { name: true, shortName: true } } },
  });
  return docs;
}

// ── Workspace ──

export const WORKSPACE_DOCUMENTS_PER_PAGE = 20;

/** Every document, published or not, for editors, with validity derived as on the public site. */
export async function getDocumentsForEditors(page: number, asOf: string = todayIsoInVietnam()) {
  const { skip, take } = pageWindow(page, WORKSPACE_DOCUMENTS_PER_PAGE);
  const [rows, total] = await Promise.all([
    prisma.$queryRaw<(ListRow & { published: boolean; updatedAt: Date })[]>`
      SELECT ${listColumns(asOf)}, d.published, d."updatedAt"
        FROM "LegalDocument" d JOIN "IssuingBody" b ON b.id = d."issuingBodyId"
       ORDER BY d."issuedOn" DESC, d.id DESC
       LIMIT ${take} OFFSET ${skip}`,
    prisma.legalDocument.count(),
  ]);
  const items = rows.map((r) => ({ ...toListItem(r), published: r.published, updatedAt: r.updatedAt }));
  return toPaged(items, total, page, WORKSPACE_DOCUMENTS_PER_PAGE);
}
