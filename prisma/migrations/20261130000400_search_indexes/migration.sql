-- Accent-insensitive, typo-tolerant search (lib/search, lib/directory): "hop tac xa" finds
-- "hợp tác xã", "d" finds "đ". Matching compares f_unaccent(text) with trigram operators
-- (ILIKE, regex, strict word similarity <<%), so each searched table gets GIN trigram indexes on
-- exactly the expressions the queries use (lib/search/sql.ts: SEARCH_TEXT, TITLE_TEXT). Expression
-- and partial indexes live only here; the drift test ignores them.

-- unaccent() is STABLE (its dictionary could change), so it cannot appear in an index. With the
-- dictionary named with its schema the result depends only on the argument, so a wrapper may be
-- declared IMMUTABLE.
--
-- Preferred: an IMMUTABLE C-language alias of the extension's own function, called from a SQL
-- wrapper that the planner inlines, so each row costs a plain C call (about a third less than
-- going through a SQL function, and every matching row is rechecked). Creating a C function needs
-- a superuser (the embedded database, CI, a self-hosted server); elsewhere the plain SQL wrapper,
-- which gives the same results. Index expressions are matched after inlining, on both sides.
-- COST: left at 1 (a C function's default), the planner believes unaccenting 20,000 rows is cheaper
-- than reading the trigram index, and scans the table in 500 ms instead of the index in a few.
DO $do$
BEGIN
  CREATE OR REPLACE FUNCTION public.immutable_unaccent(regdictionary, text) RETURNS text
    LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT COST 500 AS '$libdir/unaccent', 'unaccent_dict';
  CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $f$ SELECT public.immutable_unaccent(regdictionary 'public.unaccent', $1) $f$;
EXCEPTION WHEN insufficient_privilege THEN
  CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 500
    AS $f$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $f$;
END
$do$;

-- Organizations: name, short name, main products and address (which names the commune, and for
-- organizations of before the reform the district); the name alone for similarity. Deleted
-- organizations are never searched.
CREATE INDEX "Organization_search_trgm_idx" ON "Organization" USING gin (
  public.f_unaccent("name" || ' ' || coalesce("shortName", '') || ' ' || coalesce("mainProducts", '') || ' ' || coalesce("address", '')) gin_trgm_ops
) WHERE "deletedAt" IS NULL;
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING gin (public.f_unaccent("name") gin_trgm_ops) WHERE "deletedAt" IS NULL;

-- Published articles: title and summary (bodies are long HTML; a match there would cost a
-- recheck of every body that shares a trigram with the query); the title for similarity.
CREATE INDEX "Article_search_trgm_idx" ON "Article" USING gin (
  public.f_unaccent("title" || ' ' || "summary") gin_trgm_ops
) WHERE "status" = 'PUBLISHED';
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING gin (public.f_unaccent("title") gin_trgm_ops) WHERE "status" = 'PUBLISHED';

-- Published legal documents: number and abstract; the abstract for similarity.
CREATE INDEX "LegalDocument_search_trgm_idx" ON "LegalDocument" USING gin (
  public.f_unaccent("number" || ' ' || "abstract") gin_trgm_ops
) WHERE "published";
CREATE INDEX "LegalDocument_abstract_trgm_idx" ON "LegalDocument" USING gin (public.f_unaccent("abstract") gin_trgm_ops) WHERE "published";

-- Published pages (Vietnamese and English): title, summary and the body's text without tags
-- (a few dozen pages, so whole bodies are affordable); the title for similarity.
CREATE INDEX "Page_search_trgm_idx" ON "Page" USING gin (
  public.f_unaccent("title" || ' ' || coalesce("summary", '') || ' ' || regexp_replace("body", '<[^>]*>', ' ', 'g')) gin_trgm_ops
) WHERE "published";
CREATE INDEX "Page_title_trgm_idx" ON "Page" USING gin (public.f_unaccent("title") gin_trgm_ops) WHERE "published";

-- Queries that match too much to rank (lib/search/sql.ts, MATCH_CAP) list matches newest first and
-- stop after a page: these give that order straight from the index, so the walk stops early.
-- Organizations are listed by slug, which has its unique index already.
CREATE INDEX "Article_published_order_idx" ON "Article" ("publishedAt" DESC, "id" DESC) WHERE "status" = 'PUBLISHED';
CREATE INDEX "LegalDocument_published_order_idx" ON "LegalDocument" ("issuedOn" DESC, "id" DESC) WHERE "published";
