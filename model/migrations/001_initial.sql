-- Dossier schema version 1: articles with full-text search, import runs and their log.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,      -- relative to the corpus root, '/' separated
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,          -- nanoseconds since the epoch
    sha256      BLOB,
    encoding    TEXT,
    original    TEXT,                      -- the decoded file, never changed
    body        TEXT,                      -- cleaned body, derived from original
    title       TEXT,
    outlet      TEXT,
    byline      TEXT,
    published   TEXT,                      -- YYYY-MM-DD or NULL
    url         TEXT,
    state       INTEGER NOT NULL DEFAULT 0 -- 0 imported, 1 missing from the folder
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

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
