-- Dossier schema version 5: the analyst's work. The codebook, annotations (tagged spans, claims),
-- notes on articles, and reviews of detected quotes. Nothing here is written by the machine except
-- the anchor columns, which a re-import updates when an article's text changed.
--
-- Offsets are UTF-16 code units into articles' cleaned body (article_texts.body), half-open.
-- Every anchored row also keeps a text-quote selector (exact, prefix, suffix: up to 32 characters of
-- context each side) and the SHA-256 of the body it was made on, so it can be re-found.
-- anchor: 0 ok, 1 moved (re-found elsewhere in a changed text), 2 orphaned (not found with
-- confidence: the offsets are those of the old text, and the row waits for the analyst).
--
-- AUTOINCREMENT: ids are never reused, so an undo that re-creates a row gives it back its id and no
-- export, undo step or other window can confuse an old row with a new one.

CREATE TABLE tags (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    parent       INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    color        TEXT NOT NULL DEFAULT '#cc3333',   -- #rrggbb
    description  TEXT NOT NULL DEFAULT '',
    shortcut     TEXT NOT NULL DEFAULT '',          -- QKeySequence portable text, '' none
    position     INTEGER NOT NULL DEFAULT 0         -- order among its siblings
);
CREATE INDEX tags_parent ON tags(parent);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    exact        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    body_sha256  BLOB,
    anchor       INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    claim_status INTEGER,                            -- NULL: not a claim; see ClaimStatus
    claimant     INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    author       TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL,                      -- ISO 8601 UTC
    modified     TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id, start);
CREATE INDEX annotations_claim ON annotations(claim_status) WHERE claim_status IS NOT NULL;
CREATE INDEX annotations_orphaned ON annotations(article_id) WHERE anchor = 2;

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id, annotation_id);

-- A claim's evidence: links (URLs, or paths of other articles) with a short note.
CREATE TABLE claim_evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    url           TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_evidence_annotation ON claim_evidence(annotation_id);

CREATE TABLE article_notes (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    note         TEXT NOT NULL,
    modified     TEXT NOT NULL
);

-- The analyst's word on quotes. A row either reviews a detected quote (detected_start/end: the span
-- the detector gave, kept so the review finds its quote again after re-analysis) or adds a quote
-- the detector missed (detected_start NULL). status: 1 confirmed, 2 rejected. start/end is the
-- quote as the analyst has it (a corrected span, or the detected one). speaker NULL: the detector's.
CREATE TABLE quote_reviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    detected_start  INTEGER,
    detected_end    INTEGER,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    exact           TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    body_sha256     BLOB,
    anchor          INTEGER NOT NULL DEFAULT 0,
    status          INTEGER NOT NULL DEFAULT 1,
    kind            INTEGER NOT NULL DEFAULT 0,      -- 0 full, 1 partial
    speaker         TEXT,
    speaker_entity  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    modified        TEXT NOT NULL
);
CREATE INDEX quote_reviews_article ON quote_reviews(article_id);
