/**
 * The SQL of the site search and of the directory's text filter. Builders only: they return
 * Prisma.Sql for a caller's client (the app's shared client in lib/search/queries.ts; a script's
 * own in scripts/explain-search.ts, which prints their plans). No 'server-only' for that reason.
 *
 * How a row matches a query q (all on f_unaccent(text), so accents never matter):
 *   - the text contains q as typed, accents removed (ILIKE '%q%'), or
 *   - q is similar to a run of whole words of the text (pg_trgm strict word similarity ≥ 0.6):
 *     short typing slips ("Giong Reng", "Ngoc Chuk") still match, other words ("Đồng Tâm" for
 *     "Đồng Tiến") do not, or
 *   - every word of q (3+ letters, 2+ words) starts a word of the text, in any order.
 * Each alternative is answered by the GIN trigram index on the same expression
 * (prisma/migrations/20261130000400_search_indexes): keep SEARCH_TEXT and the SQL there identical.
 *
 * Rank: exact-accent matches first when the query has accents (title, then anywhere), then the
 * unaccented phrase in the title, then anywhere, then trigram word similarity with the title; ties
 * by recency or name.
 */
import { Prisma } from '@/lib/generated/prisma/client';

import { escapeLike, foldText, hasDiacritics, MIN_QUERY_LENGTH, normalizeQuery, queryTerms } from './text';

export const SEARCH_TYPES = ['article', 'document', 'organization', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A visitor's query, ready for SQL. */
export type PreparedQuery = {
  /** NFC, trimmed, length-limited: what the page shows and highlights. */
  text: string;
  /** '%text%' with LIKE wildcards escaped, unaccented in SQL. */
  pattern: string;
  /** The folded words of 3+ letters (letters and digits only) when there are 2+ of them. */
  words: string[];
  /** The visitor typed accents: exact-accent matches rank first. */
  accented: boolean;
};

/** Null when the query has fewer than MIN_QUERY_LENGTH letters or digits. */
export function prepareQuery(raw: string | undefined | null): PreparedQuery | null {
  const text = normalizeQuery(raw);
  const significant = foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
  if (Array.from(significant).length < MIN_QUERY_LENGTH) return null;
  const words = queryTerms(text, 3);
  return {
    text,
    pattern: `%${escapeLike(text)}%`,
    words: words.length >= 2 ? words : [],
    accented: hasDiacritics(text),
  };
}

/** The searched text of each table, exactly as indexed (alias included: the planner ignores it). */
export const SEARCH_TEXT = {
  article: Prisma.sql`public.f_unaccent(a."title" || ' ' || a."summary")`,
  document: Prisma.sql`public.f_unaccent(d."number" || ' ' || d."abstract")`,
  organization: Prisma.sql`public.f_unaccent(o."name" || ' ' || coalesce(o."shortName", '') || ' ' || coalesce(o."mainProducts", ''))`,
  page: Prisma.sql`public.f_unaccent(p."title" || ' ' || coalesce(p."summary", '') || ' ' || regexp_replace(p."body", '<[^>]*>', ' ', 'g'))`,
} as const satisfies Record<SearchType, Prisma.Sql>;

type Source = {
  from: Prisma.Sql;
  /** What the public may see; includes each partial index's predicate word for word. */
  visible: Prisma.Sql;
  searchText: Prisma.Sql;
  /** The same text with its accents, for the exact-accent rank. */
  rawText: Prisma.Sql;
  title: Prisma.Sql;
  /** Order among equal ranks; ends with the id so that pages never overlap. */
  tieBreak: Prisma.Sql;
};

const SOURCES: Record<SearchType, Source> = {
  article: {
    from: Prisma.sql`"Article" a`,
    visible: Prisma.sql`a."status" = 'PUBLISHED' AND a."publishedAt" <= now()`,
    searchText: SEARCH_TEXT.article,
    rawText: Prisma.sql`(a."title" || ' ' || a."summary")`,
    title: Prisma.sql`a."title"`,
    tieBreak: Prisma.sql`a."publishedAt" DESC, a.id DESC`,
  },
  document: {
    from: Prisma.sql`"LegalDocument" d`,
    visible: Prisma.sql`d."published"`,
    searchText: SEARCH_TEXT.document,
    rawText: Prisma.sql`(d."number" || ' ' || d."abstract")`,
    title: Prisma.sql`(d."number" || ' ' || d."abstract")`,
    tieBreak: Prisma.sql`d."issuedOn" DESC, d.id DESC`,
  },
  organization: {
    from: Prisma.sql`"Organization" o`,
    visible: Prisma.sql`o."deletedAt" IS NULL`,
    searchText: SEARCH_TEXT.organization,
    rawText: Prisma.sql`(o."name" || ' ' || coalesce(o."shortName", '') || ' ' || coalesce(o."mainProducts", ''))`,
    title: Prisma.sql`o."name"`,
    tieBreak: Prisma.sql`(o."status" IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')) DESC, o."slug", o.id`,
  },
  page: {
    from: Prisma.sql`"Page" p`,
    visible: Prisma.sql`p."published"`,
    searchText: SEARCH_TEXT.page,
    rawText: Prisma.sql`(p."title" || ' ' || coalesce(p."summary", '') || ' ' || regexp_replace(p."body", '<[^>]*>', ' ', 'g'))`,
    title: Prisma.sql`p."title"`,
    tieBreak: Prisma.sql`p."locale" = 'vi' DESC, p."title", p.id`,
  },
};

/**
 * Strict word similarity a typo must keep. The `<<%` operator (what the index answers) uses the
 * extension's setting, 0.5 by default, which lets "Đồng Tâm" find "Đông Tiến"; the function call
 * next to it raises the bar without a session setting. Long queries need a higher bar, or three
 * common words out of five ("bản tin hợp tác xã") would be enough.
 */
export function similarityThreshold(q: PreparedQuery): number {
  return queryTerms(q.text, 1).length >= 4 ? 0.7 : 0.6;
}

/** The match condition on an indexed search text (also used by the directory's text filter). */
export function matchSql(searchText: Prisma.Sql, q: PreparedQuery): Prisma.Sql {
  const alternatives = [
    Prisma.sql`${searchText} ILIKE public.f_unaccent(${q.pattern})`,
    Prisma.sql`(public.f_unaccent(${q.text}) <<% ${searchText} AND strict_word_similarity(public.f_unaccent(${q.text}), ${searchText}) >= ${Prisma.raw(String(similarityThreshold(q)))})`,
  ];
  if (q.words.length > 0) {
    // ILIKE for the index, the word-start regex (\m) so that "tin" does not match "tỉnh".
    alternatives.push(
      Prisma.sql`(${Prisma.join(
        q.words.map((w) => Prisma.sql`${searchText} ILIKE ${`%${w}%`} AND ${searchText} ~* ${`\\m${w}`}`),
        ' AND ',
      )})`,
    );
  }
  return Prisma.sql`(${Prisma.join(alternatives, ' OR ')})`;
}

/** The rank of a matching row (higher first); see the module comment. */
export function rankSql(parts: { searchText: Prisma.Sql; rawText: Prisma.Sql; title: Prisma.Sql }, q: PreparedQuery): Prisma.Sql {
  const terms: Prisma.Sql[] = [];
  if (q.accented) {
    terms.push(Prisma.sql`CASE WHEN strpos(lower(${parts.title}), lower(${q.text})) > 0 THEN 16 ELSE 0 END`);
    terms.push(Prisma.sql`CASE WHEN strpos(lower(${parts.rawText}), lower(${q.text})) > 0 THEN 8 ELSE 0 END`);
  }
  terms.push(Prisma.sql`CASE WHEN public.f_unaccent(${parts.title}) ILIKE public.f_unaccent(${q.pattern}) THEN 4 ELSE 0 END`);
  terms.push(Prisma.sql`CASE WHEN ${parts.searchText} ILIKE public.f_unaccent(${q.pattern}) THEN 2 ELSE 0 END`);
  terms.push(Prisma.sql`word_similarity(public.f_unaccent(${q.text}), public.f_unaccent(${parts.title}))`);
  return Prisma.sql`(${Prisma.join(terms, ' + ')})::float8`;
}

/** Number of matches of each type, in one statement. */
export function countsSql(q: PreparedQuery): Prisma.Sql {
  const count = (type: SearchType) => {
    const s = SOURCES[type];
    return Prisma.sql`(SELECT count(*)::int FROM ${s.from} WHERE ${s.visible} AND ${matchSql(s.searchText, q)})`;
  };
  return Prisma.sql`SELECT ${count('article')} AS "article", ${count('document')} AS "document", ${count('organization')} AS "organization", ${count('page')} AS "page"`;
}

export type SearchCounts = Record<SearchType, number>;

/** One result, the same shape for every type. */
export type SearchRow = {
  type: SearchType;
  slug: string;
  title: string;
  /** Summary, abstract, main products or the page's lead: the snippet's source. */
  text: string | null;
  date: Date | null;
  /** article: category name · document: type · organization: kind · page: locale */
  meta1: string | null;
  /** article: category slug · document: issuer · organization: status */
  meta2: string | null;
  /** organization: its unit ("Xã Giồng Riềng") */
  meta3: string | null;
  rank: number;
  /** Position within its type on this page, from 1. */
  pos: number;
};

/** The displayed columns of each type, over `r` (id, rank) joined back to the table. */
const DISPLAY: Record<SearchType, { select: Prisma.Sql; joins: Prisma.Sql }> = {
  article: {
    select: Prisma.sql`'article' AS "type", a.slug, a.title, a.summary AS "text", a."publishedAt"::timestamp AS "date",
      c.name AS "meta1", c.slug AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "Article" a ON a.id = r.id JOIN "Category" c ON c.id = a."categoryId"`,
  },
  document: {
    select: Prisma.sql`'document' AS "type", d.slug, d.number AS "title", d.abstract AS "text", d."issuedOn"::timestamp AS "date",
      d.type::text AS "meta1", b.name AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "LegalDocument" d ON d.id = r.id JOIN "IssuingBody" b ON b.id = d."issuingBodyId"`,
  },
  organization: {
    select: Prisma.sql`'organization' AS "type", o.slug, o.name AS "title", o."mainProducts" AS "text", o."establishedOn"::timestamp AS "date",
      o.kind::text AS "meta1", o.status::text AS "meta2", (u.type || ' ' || u.name) AS "meta3"`,
    joins: Prisma.sql`JOIN "Organization" o ON o.id = r.id JOIN "AdministrativeUnit" u ON u.id = o."unitId"`,
  },
  page: {
    select: Prisma.sql`'page' AS "type", p.slug, p.title, coalesce(p.summary, left(regexp_replace(p.body, '<[^>]*>', ' ', 'g'), 600)) AS "text",
      p."updatedAt"::timestamp AS "date", p.locale AS "meta1", NULL::text AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "Page" p ON p.id = r.id`,
  },
};

/** The best `limit` matches of one type after skipping `offset`, ranked, with display columns. */
export function resultsSql(type: SearchType, q: PreparedQuery, limit: number, offset = 0): Prisma.Sql {
  const s = SOURCES[type];
  const d = DISPLAY[type];
  return Prisma.sql`
    SELECT ${d.select}, r.rank, row_number() OVER (ORDER BY r.rank DESC, ${s.tieBreak})::int AS "pos"
      FROM (
        SELECT ${Prisma.raw(aliasOf(type))}.id, ${rankSql(s, q)} AS rank
          FROM ${s.from}
         WHERE ${s.visible} AND ${matchSql(s.searchText, q)}
         ORDER BY rank DESC, ${s.tieBreak}
         LIMIT ${limit} OFFSET ${offset}
      ) r
      ${d.joins}`;
}

/** The best few of every type in one statement (the "Tất cả" view). */
export function overviewSql(q: PreparedQuery, perType: number): Prisma.Sql {
  return Prisma.join(
    SEARCH_TYPES.map((type) => Prisma.sql`(${resultsSql(type, q, perType)})`),
    ' UNION ALL ',
  );
}

function aliasOf(type: SearchType): string {
  return { article: 'a', document: 'd', organization: 'o', page: 'p' }[type];
}
