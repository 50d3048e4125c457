-- Accent-insensitive, typo-tolerant search (lib/search, lib/directory): "hop tac xa" finds
-- "hợp tác xã", "d" finds "đ". Matching compares f_unaccent(text) with trigram operators
-- (ILIKE, word similarity <%), so each searched table gets a GIN trigram index on exactly the
-- expression the queries use (lib/search/sql.ts: SEARCH_TEXT). Expression and partial indexes
-- live only here; the drift test ignores them.

-- unaccent() is STABLE (its dictionary could change), so it cannot appear in an index. The
-- dictionary is named with its schema, which makes the result depend only on the argument: the
-- wrapper may be declared IMMUTABLE. Not inlined (its body is not immutable), so the planner
-- matches f_unaccent(...) in queries against the index expressions as written.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Organizations: name, short name and main products; deleted ones are never searched.
CREATE INDEX "Organization_search_trgm_idx" ON "Organization" USING gin (
  public.f_unaccent("name" || ' ' || coalesce("shortName", '') || ' ' || coalesce("mainProducts", '')) gin_trgm_ops
) WHERE "deletedAt" IS NULL;

-- Published articles: title and summary (bodies are long HTML; a match there would cost a
-- recheck of every body that shares a trigram with the query).
CREATE INDEX "Article_search_trgm_idx" ON "Article" USING gin (
  public.f_unaccent("title" || ' ' || "summary") gin_trgm_ops
) WHERE "status" = 'PUBLISHED';

-- Published legal documents: number and abstract.
CREATE INDEX "LegalDocument_search_trgm_idx" ON "LegalDocument" USING gin (
  public.f_unaccent("number" || ' ' || "abstract") gin_trgm_ops
) WHERE "published";

-- Published pages (Vietnamese and English): title, summary and the body's text without tags
-- (a few dozen pages, so whole bodies are affordable).
CREATE INDEX "Page_search_trgm_idx" ON "Page" USING gin (
  public.f_unaccent("title" || ' ' || coalesce("summary", '') || ' ' || regexp_replace("body", '<[^>]*>', ' ', 'g')) gin_trgm_ops
) WHERE "published";
