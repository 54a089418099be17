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
    key          TEXT NOT NULL,               -- the name as detection first found it, normalised
    name_locked  INTEGER NOT NULL DEFAULT 0,  -- analyst: renamed, keep the name
    type_locked  INTEGER NOT NULL DEFAULT 0,  -- analyst: changed the type, keep it
    rejected     INTEGER NOT NULL DEFAULT 0,  -- analyst: "not an entity"
    merged_into  INTEGER REFERENCES entities(id) ON DELETE SET NULL  -- this entity is that one
);
CREATE INDEX entities_merged ON entities(merged_into);
CREATE INDEX entities_key ON entities(key, type);

-- The other names an entity is written as ("Peskov" for Dmitry Peskov). Detection resolves a mention
-- by its normalised text here and by entities.key, so a name the analyst moved (split, merge, type
-- change) stays where the analyst put it.
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
-- (start, end, type, entity id or 0), UTF-16 offsets into the body. The importer writes this one
-- row per article (pending = 1, with its entity counts and quotes as JSON in `links` and `quotes`)
-- and expands all of them into entity_articles and quotes with two statements before each commit:
-- thirty small statements per article made analysis cost more than the rest of an import.
CREATE TABLE article_analysis (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    ner_version    INTEGER NOT NULL,
    quote_version  INTEGER NOT NULL,
    mentions       BLOB NOT NULL,
    pending        INTEGER NOT NULL DEFAULT 0,
    links          TEXT,                      -- while pending: [[entity, mentions], ...]
    quotes         TEXT                       -- while pending: [[start, end, mark_start, mark_end, kind, speaker, speaker_entity, cue_start, cue_end], ...]
);
CREATE INDEX article_analysis_pending ON article_analysis(article_id) WHERE pending = 1;

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
