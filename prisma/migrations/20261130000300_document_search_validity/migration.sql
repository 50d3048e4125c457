-- Legal documents: accent-insensitive search by number and by words, and validity derived at read
-- time (never stored, so it never goes stale). Functions and expression indexes only: no table
-- changes, so schema.prisma is unchanged (the drift check ignores expression indexes).

-- Vietnamese text folded for comparison: "Nghị định 45/2021/NĐ-CP" → "nghi dinh 45/2021/nd-cp".
-- unaccent maps Đ/đ to D/d. IMMUTABLE (the dictionary is named explicitly) so it can be indexed.
CREATE OR REPLACE FUNCTION legal_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- A document number as space-separated tokens, padded with spaces: letters and digits are split
-- apart and every other character is a separator. "20-NQ/TW", "20 NQ TW", "20/NQ-TW" → " 20 nq tw ";
-- "45/2021/NĐ-CP" → " 45 2021 nd cp "; "17/2023/QH15" → " 17 2023 qh 15 ". A typed number matches
-- a document when its key is a substring of the document's key (whole tokens, in order), so
-- "45/2021" (" 45 2021 ") finds 45/2021/NĐ-CP but "5/2021" does not. lib/documents/number.ts has
-- the same function for the typed side; a test keeps the two equal.
CREATE OR REPLACE FUNCTION legal_number_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT ' ' || btrim(regexp_replace(
           regexp_replace(regexp_replace(public.legal_fold(value), '([0-9])([a-z])', '\1 \2', 'g'), '([a-z])([0-9])', '\1 \2', 'g'),
           '[^a-z0-9]+', ' ', 'g')) || ' '
$$;

-- What words of a search are looked for in: number, abstract and full text (tags removed), folded.
CREATE OR REPLACE FUNCTION legal_search_text(number text, abstract text, full_text text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT public.legal_fold(coalesce(number, '') || ' ' || coalesce(abstract, '') || ' '
         || regexp_replace(coalesce(full_text, ''), '<[^>]*>', ' ', 'g'))
$$;

CREATE INDEX "LegalDocument_number_key_trgm_idx" ON "LegalDocument" USING gin (legal_number_key("number") gin_trgm_ops);
CREATE INDEX "LegalDocument_search_text_trgm_idx" ON "LegalDocument" USING gin (legal_search_text("number", "abstract", "fullText") gin_trgm_ops);

-- The published document, already in effect on as_of, that replaces doc_id (the earliest to take
-- effect), or NULL. A replacement issued but not yet in effect does not end the old document.
CREATE OR REPLACE FUNCTION legal_document_replacer(doc_id integer, as_of date) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT n.id
    FROM "DocumentRelation" r
    JOIN "LegalDocument" n ON n.id = r."fromId"
   WHERE r."toId" = doc_id AND r.type = 'REPLACES' AND n.published
     AND coalesce(n."effectiveOn", n."issuedOn") <= as_of
   ORDER BY coalesce(n."effectiveOn", n."issuedOn"), n.id
   LIMIT 1
$$;

-- The validity of a document on as_of (a date in Vietnam's time zone), the one rule used both to
-- filter (?hieu-luc=) and to display:
--   1. expiredOn on or before as_of                     → EXPIRED (the expiry date is the first day without force)
--   2. replaced by a published document in effect       → EXPIRED ("bị thay thế bởi …")
--   3. effectiveOn (or, if none, issuedOn) after as_of  → NOT_YET_IN_FORCE
--   4. the editor marked it PARTIALLY_EXPIRED            → PARTIALLY_EXPIRED
--   5. otherwise                                        → IN_FORCE
-- The stored "validity" column counts only as the editor's "partly expired" marker; any other
-- stored value is ignored, so nothing here depends on a job having run at midnight.
CREATE OR REPLACE FUNCTION legal_document_validity(doc_id integer, issued_on date, effective_on date, expired_on date, marker "Validity", as_of date)
  RETURNS "Validity"
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT CASE
           WHEN expired_on IS NOT NULL AND expired_on <= as_of THEN 'EXPIRED'::"Validity"
           WHEN public.legal_document_replacer(doc_id, as_of) IS NOT NULL THEN 'EXPIRED'::"Validity"
           WHEN coalesce(effective_on, issued_on) > as_of THEN 'NOT_YET_IN_FORCE'::"Validity"
           WHEN marker = 'PARTIALLY_EXPIRED' THEN 'PARTIALLY_EXPIRED'::"Validity"
           ELSE 'IN_FORCE'::"Validity"
         END
$$;

