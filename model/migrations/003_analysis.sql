-- Dossier schema version 3: the machine's reading of each article (entity mentions, quotes and
-- their speakers) and the entity registry.
--
-- Machine results (article_analysis, quotes, entity_articles) carry the analyser's versions and are
-- recomputed freely. The analyst's corrections to the registry are the columns marked "analyst"
-- below and the rows of entity_aliases with origin 1: re-analysis reads them and never overwrites them.
CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,               -- canonical name
    type         TEXT NOT NULL,               -- PER, ORG, LOC
    name_locked  INTEGER NOT NULL DEFAULT 0,  -- analyst: renamed, keep the name
    type_locked  INTEGER NOT NULL DEFAULT 0,  -- analyst: changed the type, keep it
    rejected     INTEGER NOT NULL DEFAULT 0,  -- analyst: "not an entity"
    merged_into  INTEGER REFERENCES entities(id) ON DELETE SET NULL  -- this entity is that one
);
CREATE INDEX entities_merged ON entities(merged_into);

-- The names an entity is written as. Detection resolves a mention by its normalised text here
-- first, so a name the analyst moved (split, merge, type change) stays where the analyst put it.
CREATE TABLE entity_aliases (
    key        TEXT NOT NULL,                 -- case-folded, whitespace-collapsed name
    type       TEXT NOT NULL,                 -- the type the detector gave the name
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,                 -- as first written
    origin     INTEGER NOT NULL DEFAULT 0,    -- 0 detected, 1 analyst
    PRIMARY KEY (key, type)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

-- One row per analysed article. mentions: packed little-endian int32 quadruples
-- (start, end, type, entity id or 0), UTF-16 offsets into the body; one row instead of thirty keeps
-- the import fast.
CREATE TABLE article_analysis (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    ner_version    INTEGER NOT NULL,
    quote_version  INTEGER NOT NULL,
    mentions       BLOB NOT NULL
);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,         -- UTF-16 offsets into the body, [start, end)
    end             INTEGER NOT NULL,
    mark_start      INTEGER NOT NULL,
    mark_end        INTEGER NOT NULL,
    kind            INTEGER NOT NULL,         -- 0 full, 1 partial
    speaker         TEXT,
    speaker_entity  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    cue_start       INTEGER NOT NULL DEFAULT -1,
    cue_end         INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity);

-- Which articles mention an entity, and how often: the Entities panel lists them across the corpus.
CREATE TABLE entity_articles (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_articles_article ON entity_articles(article_id);
