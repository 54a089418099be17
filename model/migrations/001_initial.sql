-- Dossier schema version 1: articles with full-text search, import runs and their log.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,      -- relative to the corpus root, '/' separated
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,          -- nanoseconds since the epoch
    sha256      BLOB,
    encoding    TEXT,
    title       TEXT,
    outlet      TEXT,
    byline      TEXT,
    published   TEXT,                      -- YYYY-MM-DD or NULL
    url         TEXT,
    state       INTEGER NOT NULL DEFAULT 0 -- 0 imported, 1 missing from the folder
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_state ON articles(state);

-- The texts live apart from the metadata: a scan of 100,000 articles' titles and dates must not
-- read 100,000 bodies (SQLite reads a row's columns in order, overflow pages included).
CREATE TABLE article_texts (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    original    TEXT NOT NULL,             -- the decoded file, never changed
    body        TEXT NOT NULL              -- cleaned body, derived from original
);

-- Full-text index over title and body, external content read through a view. ArticleStore keeps
-- it in step (a trigger cannot: title and body change in two tables).
CREATE VIEW article_search_source AS
    SELECT a.id AS id, a.title AS title, t.body AS body
    FROM articles a JOIN article_texts t ON t.article_id = a.id;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='article_search_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
-- FTS5 flushes a segment when its pending terms exceed this (default 1 MB): bigger segments, far
-- less merging during an import (measured: twice as fast on 50,000 articles).
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);

CREATE TABLE import_runs (
    id        INTEGER PRIMARY KEY,
    root      TEXT NOT NULL,
    started   TEXT NOT NULL,
    finished  TEXT,
    state     TEXT NOT NULL DEFAULT 'running'  -- running, done, cancelled, failed
);

CREATE TABLE import_log (
    id        INTEGER PRIMARY KEY,
    run       INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    path      TEXT NOT NULL,
    severity  TEXT NOT NULL,                  -- skipped, repaired, note
    reason    TEXT NOT NULL
);
CREATE INDEX import_log_run ON import_log(run);
