-- Search (issue 11): words of messages and contacts with case and accents folded, and phone digits.
-- unaccent and pg_trgm are trusted extensions (a database owner may create them); PGlite loads
-- them from @electric-sql/pglite/contrib (lib/db/client.ts).
-- The indexes are on expressions, not new columns: no table rewrite. The migrator runs every
-- migration in one transaction, where CREATE INDEX CONCURRENTLY is refused, so on PostgreSQL the
-- messages index build holds a SHARE lock: reads go on, writes to messages (the mirror, the
-- outbox, notes) wait until it ends (see docs/benchmarks.md, "Search", for how long at 2,000,000
-- messages). PGlite has one connection: the app starts once the migration is done.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- "simple" (no stemming, no stop words: French, Spanish and English alike), with accents removed
-- from words that have them ("dañado" -> "danado") before lower-casing.
CREATE TEXT SEARCH CONFIGURATION switchboard_search (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION switchboard_search ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;--> statement-breakpoint
-- The indexed expression. PL/pgSQL, so it is never inlined and keeps its COST: priced as what it
-- is (parsing and unaccenting a message, microseconds), the planner does not choose to compute it
-- for every row of a scan in id order when it misjudges how rare a word is (at 2,000,000 messages
-- one rare-word search ran over 14 s with plain to_tsvector, whose cost is that of an addition).
CREATE FUNCTION switchboard_search_vector(input text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000
  AS $$ BEGIN RETURN to_tsvector('public.switchboard_search'::regconfig, input); END $$;--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin (switchboard_search_vector(coalesce("name", '') || ' ' || coalesce("email", '') || ' ' || "destination"));--> statement-breakpoint
CREATE INDEX "contacts_digits_idx" ON "contacts" USING gin ((regexp_replace(coalesce("phone", ''), '[^0-9]+', '', 'g') || ' ' || regexp_replace("destination", '[^0-9]+', '', 'g')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin (switchboard_search_vector("body"));