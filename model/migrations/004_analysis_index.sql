-- Dossier schema version 4: an article's quotes are packed into its analysis row, and which
-- articles mention an entity is an FTS5 index instead of a table.
--
-- Schema 3 expanded every article's analysis into rows of `quotes` and `entity_articles` before each
-- commit: 50 rows per BBC article, which cost the import's writer more than the rest of the import
-- (2,225 BBC articles: 0.26 s for those rows against 0.39 s for the whole import without analysis).
-- FTS5 builds the same entity → articles index in memory and writes it once per commit, at about a
-- fifth of the cost, and answers the same questions: fts5vocab gives each entity's article and mention
-- counts, MATCH the articles that name it.
--
-- The machine's results of schema 3 are dropped: the next import re-analyses every article (the
-- registry, and with it every correction the analyst made, is kept).
DROP TABLE entity_articles;
DROP TABLE quotes;
DROP TABLE article_analysis;
-- Names are looked up in memory (AnalysisStore's cache); no query searches entities by key.
DROP INDEX entities_key;

-- One row per analysed article.
--   mentions: packed little-endian int32 quadruples (start, end, type, entity id or 0), UTF-16
--             offsets into the body.
--   quotes:   per quote, little-endian int32s (start, end, mark_start, mark_end, kind, cue_start,
--             cue_end, speaker entity or 0, speaker type, n) and the speaker's name as n UTF-16 code
--             units; kind 0 full, 1 partial.
CREATE TABLE article_analysis (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    ner_version    INTEGER NOT NULL,
    quote_version  INTEGER NOT NULL,
    mentions       BLOB NOT NULL,
    quotes         BLOB NOT NULL,
    quote_count    INTEGER NOT NULL
);

-- The entities an article names, as terms: "e<id>" once per mention, "s<id>" once per quote the
-- entity speaks. rowid = article id. Written with the article's analysis row, deleted with it.
CREATE VIRTUAL TABLE entity_index USING fts5(terms, tokenize = 'ascii');
-- Per term: how many articles (doc) and mentions (cnt); per term and article: one row per mention.
CREATE VIRTUAL TABLE entity_index_terms USING fts5vocab(entity_index, row);
CREATE VIRTUAL TABLE entity_index_instances USING fts5vocab(entity_index, instance);
CREATE TRIGGER article_analysis_deleted AFTER DELETE ON article_analysis BEGIN
    DELETE FROM entity_index WHERE rowid = old.article_id;
END;
