/**
 * The SQL of the site search and of the directory's text filter. Builders only: they return
 * Prisma.Sql for a caller's client (the app's shared client in lib/search/queries.ts; a script's
 * own in scripts/explain-search.ts, which prints their plans). No 'server-only' for that reason.
 *
 * Matching is on f_unaccent(text), so accents never matter ("hop tac xa" finds "hợp tác xã"):
 *   - a query of two or more words of 3+ letters matches when each of them is a word of the
 *     search text, in any order (the last one may be the start of a word: the visitor may still be
 *     typing it); shorter queries match when the text contains them as typed (ILIKE '%q%');
 *   - only when that finds nothing at all, the search is repeated "fuzzy": then a title whose words
 *     are similar to the query's (pg_trgm strict word similarity, at least 0.6, 0.7 for long
 *     queries) matches, so short typing slips ("Giong Reng", "Ngoc Chuk") still find what was meant.
 *     Similarity costs about ten times a pattern match per row, so it is not paid when exact
 *     matching already answers.
 * Each condition is answered by a GIN trigram index on the same expression
 * (prisma/migrations/20261130000400_search_indexes): keep SEARCH_TEXT, TITLE_TEXT and the SQL there
 * identical.
 *
 * Work stays bounded whatever the query. Counts stop at MATCH_CAP. Below the cap, every match is
 * ranked: exact-accent matches first when the query has accents (title, then anywhere), then the
 * unaccented phrase in the title, then anywhere (then, fuzzy, word similarity with the title);
 * ties by recency or name. From the cap on, the query says little ("hop tac xa" matches nearly
 * everything) and matches come in plain order (newest, or by name) read along a b-tree index that
 * stops after one page, instead of ranking tens of thousands of rows.
 */
import type { Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

import { escapeLike, foldText, hasDiacritics, MIN_QUERY_LENGTH, normalizeQuery, queryTerms } from './text';

export const SEARCH_TYPES = ['article', 'document', 'organization', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Counting stops here; from here on, results are listed in plain order, not ranked. */
export const MATCH_CAP = 1000;

/** A visitor's query, ready for SQL. */
export type PreparedQuery = {
  /** NFC, trimmed, length-limited: what the page shows and highlights. */
  text: string;
  /** '%text%' with LIKE wildcards escaped, unaccented in SQL. */
  pattern: string;
  /** Regular expressions for the folded words of 3+ letters when there are 2+ of them: whole words, the last a word start. */
  wordPatterns: string[];
  /** The visitor typed accents: exact-accent matches rank first. */
  accented: boolean;
  /** Strict word similarity a typo must keep: higher for long queries, or three common words out of five would do. */
  similarity: number;
  /** Match titles similar to the query (typing slips) instead; see the module comment. */
  fuzzy: boolean;
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
    // Words are letters and digits only (queryTerms), so they are safe inside a regular expression.
    wordPatterns: words.length >= 2 ? words.map((w, i) => (i === words.length - 1 ? `\\m${w}` : `\\m${w}\\M`)) : [],
    accented: hasDiacritics(text),
    similarity: queryTerms(text, 1).length >= 4 ? 0.7 : 0.6,
    fuzzy: false,
  };
}

/** The same query, matching titles similar to it (after exact matching found nothing). */
export function fuzzy(q: PreparedQuery): PreparedQuery {
  return { ...q, fuzzy: true };
}

/** The searched text of each table, exactly as indexed (alias included: the planner ignores it). */
export const SEARCH_TEXT = {
  article: Prisma.sql`public.f_unaccent(a."title" || ' ' || a."summary")`,
  document: Prisma.sql`public.f_unaccent(d."number" || ' ' || d."abstract")`,
  organization: Prisma.sql`public.f_unaccent(o."name" || ' ' || coalesce(o."shortName", '') || ' ' || coalesce(o."mainProducts", '') || ' ' || coalesce(o."address", ''))`,
  page: Prisma.sql`public.f_unaccent(p."title" || ' ' || coalesce(p."summary", '') || ' ' || regexp_replace(p."body", '<[^>]*>', ' ', 'g'))`,
} as const satisfies Record<SearchType, Prisma.Sql>;

/** The title of each table, as indexed for the (typo-tolerant) similarity test. */
export const TITLE_TEXT = {
  article: Prisma.sql`public.f_unaccent(a."title")`,
  document: Prisma.sql`public.f_unaccent(d."abstract")`,
  organization: Prisma.sql`public.f_unaccent(o."name")`,
  page: Prisma.sql`public.f_unaccent(p."title")`,
} as const satisfies Record<SearchType, Prisma.Sql>;

type Source = {
  alias: string;
  from: Prisma.Sql;
  /** What the public may see; includes each partial index's predicate word for word. */
  visible: Prisma.Sql;
  searchText: Prisma.Sql;
  titleText: Prisma.Sql;
  /** The search text with its accents, for the exact-accent rank. */
  rawText: Prisma.Sql;
  title: Prisma.Sql;
  /** Order among equal ranks; ends with a unique key so that pages never overlap. */
  tieBreak: Prisma.Sql;
  /** Order of unranked (capped) results: one a b-tree index can give, so a page stops early. */
  plainOrder: Prisma.Sql;
};

const SOURCES: Record<SearchType, Source> = {
  article: {
    alias: 'a',
    from: Prisma.sql`"Article" a`,
    visible: Prisma.sql`a."status" = 'PUBLISHED' AND a."publishedAt" <= now()`,
    searchText: SEARCH_TEXT.article,
    titleText: TITLE_TEXT.article,
    rawText: Prisma.sql`(a."title" || ' ' || a."summary")`,
    title: Prisma.sql`a."title"`,
    tieBreak: Prisma.sql`a."publishedAt" DESC, a.id DESC`,
    plainOrder: Prisma.sql`a."publishedAt" DESC, a.id DESC`,
  },
  document: {
    alias: 'd',
    from: Prisma.sql`"LegalDocument" d`,
    visible: Prisma.sql`d."published"`,
    searchText: SEARCH_TEXT.document,
    titleText: TITLE_TEXT.document,
    rawText: Prisma.sql`(d."number" || ' ' || d."abstract")`,
    title: Prisma.sql`(d."number" || ' ' || d."abstract")`,
    tieBreak: Prisma.sql`d."issuedOn" DESC, d.id DESC`,
    plainOrder: Prisma.sql`d."issuedOn" DESC, d.id DESC`,
  },
  organization: {
    alias: 'o',
    from: Prisma.sql`"Organization" o`,
    visible: Prisma.sql`o."deletedAt" IS NULL`,
    searchText: SEARCH_TEXT.organization,
    titleText: TITLE_TEXT.organization,
    rawText: Prisma.sql`(o."name" || ' ' || coalesce(o."shortName", '') || ' ' || coalesce(o."mainProducts", '') || ' ' || coalesce(o."address", ''))`,
    title: Prisma.sql`o."name"`,
    tieBreak: Prisma.sql`CASE o."status" WHEN 'ACTIVE' THEN 0 WHEN 'SUSPENDED' THEN 1 WHEN 'AWAITING_DISSOLUTION' THEN 1 ELSE 2 END, o."slug"`,
    plainOrder: Prisma.sql`o."slug"`,
  },
  page: {
    alias: 'p',
    from: Prisma.sql`"Page" p`,
    visible: Prisma.sql`p."published"`,
    searchText: SEARCH_TEXT.page,
    titleText: TITLE_TEXT.page,
    rawText: Prisma.sql`(p."title" || ' ' || coalesce(p."summary", '') || ' ' || regexp_replace(p."body", '<[^>]*>', ' ', 'g'))`,
    title: Prisma.sql`p."title"`,
    tieBreak: Prisma.sql`p."locale" = 'vi' DESC, p."title", p.id`,
    plainOrder: Prisma.sql`p."title", p.id`,
  },
};

/**
 * The match condition (also used by the directory's text filter). One condition, never an OR of
 * several: an OR over two indexes makes PostgreSQL recheck every row twice (once per index
 * condition, once as a filter), and the fuzzy test is only run after the exact one found nothing.
 */
export function matchSql(parts: { searchText: Prisma.Sql; titleText: Prisma.Sql }, q: PreparedQuery): Prisma.Sql {
  // The similarity threshold is the session's (searchSettings), which the index reads too.
  if (q.fuzzy) return Prisma.sql`public.f_unaccent(${q.text}) <<% ${parts.titleText}`;
  if (q.wordPatterns.length === 0) return Prisma.sql`${parts.searchText} ILIKE public.f_unaccent(${q.pattern})`;
  return Prisma.sql`(${Prisma.join(
    q.wordPatterns.map((w) => Prisma.sql`${parts.searchText} ~* ${w}`),
    ' AND ',
  )})`;
}

/** The rank of a matching row (higher first); see the module comment. */
export function rankSql(parts: { searchText: Prisma.Sql; titleText: Prisma.Sql; rawText: Prisma.Sql; title: Prisma.Sql }, q: PreparedQuery): Prisma.Sql {
  const terms: Prisma.Sql[] = [];
  if (q.accented) {
    terms.push(Prisma.sql`CASE WHEN strpos(lower(${parts.title}), lower(${q.text})) > 0 THEN 16 ELSE 0 END`);
    terms.push(Prisma.sql`CASE WHEN strpos(lower(${parts.rawText}), lower(${q.text})) > 0 THEN 8 ELSE 0 END`);
  }
  terms.push(Prisma.sql`CASE WHEN public.f_unaccent(${parts.title}) ILIKE public.f_unaccent(${q.pattern}) THEN 4 ELSE 0 END`);
  terms.push(Prisma.sql`CASE WHEN ${parts.searchText} ILIKE public.f_unaccent(${q.pattern}) THEN 2 ELSE 0 END`);
  if (q.fuzzy) terms.push(Prisma.sql`word_similarity(public.f_unaccent(${q.text}), ${parts.titleText})`);
  return Prisma.sql`(${Prisma.join(terms, ' + ')})::float8`;
}

/** How a list of matches is ordered: ranked (fewer than MATCH_CAP) or plain (the query matches too much to rank). */
export type ResultOrder = 'ranked' | 'plain';

export const orderFor = (count: number): ResultOrder => (count >= MATCH_CAP ? 'plain' : 'ranked');

/**
 * Session settings for a search statement, to run first in the same transaction (SET LOCAL ends
 * with it): the similarity threshold of the `<<%` operator, and for plain order, reading
 * along the ordering index rather than collecting every match through the trigram index and sorting.
 */
export function searchSettings(q: PreparedQuery, order: ResultOrder = 'ranked'): string[] {
  // JIT needs no setting here: it is off for every connection (lib/db.ts).
  const settings: string[] = [];
  if (q.fuzzy) settings.push(`SET LOCAL pg_trgm.strict_word_similarity_threshold = ${q.similarity.toFixed(2)}`);
  if (order === 'plain') settings.push('SET LOCAL enable_bitmapscan = off', 'SET LOCAL enable_seqscan = off');
  return settings;
}

type RawClient = Pick<Db, '$transaction' | '$executeRawUnsafe' | '$queryRaw'>;

/**
 * Runs one search statement under its settings, in one short transaction (nothing else awaited
 * inside); a statement with no settings, the common case, is sent alone: one round trip, not four.
 */
export async function runSearchSql<T>(db: RawClient, q: PreparedQuery, order: ResultOrder, sql: Prisma.Sql): Promise<T[]> {
  const settings = searchSettings(q, order);
  if (settings.length === 0) return db.$queryRaw<T[]>(sql);
  const results = await db.$transaction([...settings.map((s) => db.$executeRawUnsafe(s)), db.$queryRaw<T[]>(sql)]);
  return results[results.length - 1] as T[];
}

/** Number of matches of each type, each counted up to MATCH_CAP, in one statement. */
export function countsSql(q: PreparedQuery): Prisma.Sql {
  const count = (type: SearchType) => {
    const s = SOURCES[type];
    return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${s.from} WHERE ${s.visible} AND ${matchSql(s, q)} LIMIT ${MATCH_CAP}) m)`;
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
  /** organization: its address */
  text2: string | null;
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

/** The displayed columns of each type, over `r` (id, rank, ord) joined back to the table. */
const DISPLAY: Record<SearchType, { select: Prisma.Sql; joins: Prisma.Sql }> = {
  article: {
    select: Prisma.sql`'article' AS "type", a.slug, a.title, a.summary AS "text", NULL::text AS "text2", a."publishedAt"::timestamp AS "date",
      c.name AS "meta1", c.slug AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "Article" a ON a.id = r.id JOIN "Category" c ON c.id = a."categoryId"`,
  },
  document: {
    select: Prisma.sql`'document' AS "type", d.slug, d.number AS "title", d.abstract AS "text", NULL::text AS "text2", d."issuedOn"::timestamp AS "date",
      d.type::text AS "meta1", b.name AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "LegalDocument" d ON d.id = r.id JOIN "IssuingBody" b ON b.id = d."issuingBodyId"`,
  },
  organization: {
    select: Prisma.sql`'organization' AS "type", o.slug, o.name AS "title", o."mainProducts" AS "text", o.address AS "text2",
      o."establishedOn"::timestamp AS "date", o.kind::text AS "meta1", o.status::text AS "meta2", (u.type || ' ' || u.name) AS "meta3"`,
    joins: Prisma.sql`JOIN "Organization" o ON o.id = r.id JOIN "AdministrativeUnit" u ON u.id = o."unitId"`,
  },
  page: {
    select: Prisma.sql`'page' AS "type", p.slug, p.title, coalesce(p.summary, left(regexp_replace(p.body, '<[^>]*>', ' ', 'g'), 600)) AS "text",
      NULL::text AS "text2", p."updatedAt"::timestamp AS "date", p.locale AS "meta1", NULL::text AS "meta2", NULL::text AS "meta3"`,
    joins: Prisma.sql`JOIN "Page" p ON p.id = r.id`,
  },
};

/** The best (or, in plain order, the first) `limit` matches of one type after `offset`, with display columns. */
export function resultsSql(type: SearchType, q: PreparedQuery, limit: number, offset = 0, order: ResultOrder = 'ranked'): Prisma.Sql {
  const s = SOURCES[type];
  const d = DISPLAY[type];
  const id = Prisma.raw(`${s.alias}.id`);
  const inner =
    order === 'ranked'
      ? Prisma.sql`SELECT ${id}, ${rankSql(s, q)} AS rank FROM ${s.from} WHERE ${s.visible} AND ${matchSql(s, q)}
           ORDER BY rank DESC, ${s.tieBreak} LIMIT ${limit} OFFSET ${offset}`
      : Prisma.sql`SELECT ${id}, 0::float8 AS rank, row_number() OVER () AS ord FROM (
           SELECT ${id} FROM ${s.from} WHERE ${s.visible} AND ${matchSql(s, q)} ORDER BY ${s.plainOrder} LIMIT ${limit} OFFSET ${offset}
         ) ${Prisma.raw(s.alias)}`;
  const position = order === 'ranked' ? Prisma.sql`row_number() OVER (ORDER BY r.rank DESC, ${s.tieBreak})` : Prisma.sql`r.ord`;
  return Prisma.sql`SELECT ${d.select}, r.rank, ${position}::int AS "pos" FROM (${inner}) r ${d.joins}`;
}

/** The best few of several types in one statement (the "Tất cả" view), all in the same order mode. */
export function overviewSql(q: PreparedQuery, perType: number, types: readonly SearchType[], order: ResultOrder): Prisma.Sql {
  return Prisma.join(
    types.map((type) => Prisma.sql`(${resultsSql(type, q, perType, 0, order)})`),
    ' UNION ALL ',
  );
}

/** The parts of a table's search the directory reuses for organizations. */
export const ORGANIZATION_SEARCH = SOURCES.organization;
