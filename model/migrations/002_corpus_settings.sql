-- Dossier schema version 2: per-corpus settings (the root folder the database was made for),
-- and counters on each import run so the GUI and `dossier stats` need not recount the log.
CREATE TABLE corpus_settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
ALTER TABLE import_runs ADD COLUMN added     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN updated   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN missing   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN skipped   INTEGER NOT NULL DEFAULT 0;
