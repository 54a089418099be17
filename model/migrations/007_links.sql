-- Dossier schema version 7: cross-outlet links (issue 5). The same story and the same quote across
-- articles and outlets.
--
-- Three kinds of rows, kept apart:
--  1. The machine's suggestions (story_signatures, story_links, quote_links, linked_quotes), written
--     by the import and recomputed freely: an article whose text changes loses its rows and is
--     linked again; nothing else is recomputed.
--  2. The analyst's decisions (link_decisions): confirm, reject, or link by hand. Never written by
--     the machine; they survive any re-analysis, and they always win.
--  3. What the list, the Stories view and the export read (stories, story_members, quote_clusters,
--     quote_cluster_members): built from 1 and 2 by LinkStore::rebuildClusters(), in the same
--     transaction as whatever changed them.

-- The MinHash signature of an article's body (StoryLinker::serialise), so a later import can query
-- the index without reading a single body again. version: StoryLinker::signatureVersion().
CREATE TABLE story_signatures (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    body_hash   INTEGER NOT NULL,
    signature   BLOB NOT NULL
);

-- Linked article pairs, a < b. relation (StoryRelation, seen from a): 0 duplicate, 1 near-duplicate,
-- 2 contains, 3 contained-in, 4 same event (shares a quote and some text, see StoryLinker).
CREATE TABLE story_links (
    a            INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b            INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation     INTEGER NOT NULL,
    jaccard      REAL NOT NULL,
    containment  REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX story_links_b ON story_links(b);

-- The quotes that take part in a link: enough to show and compare them without reading the
-- article's analysis (id: AnalysisStore's quote id, article id × 65536 + position).
CREATE TABLE linked_quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    speaker      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL
);
CREATE INDEX linked_quotes_article ON linked_quotes(article_id);

-- Matched quote pairs (QuoteClusterer::matches), a < b, in different articles.
CREATE TABLE quote_links (
    a  INTEGER NOT NULL REFERENCES linked_quotes(id) ON DELETE CASCADE,
    b  INTEGER NOT NULL REFERENCES linked_quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX quote_links_b ON quote_links(b);

-- The analyst's decisions. kind: 0 two articles, 1 two quotes. decision: 1 confirmed (a suggested
-- link is right), 2 rejected (the two are not the same story / quote: never linked again, not even
-- through others), 3 linked by hand. A quote is held by its article and span and words (the ids of
-- quotes change when an article is analysed again), and found again by span, then by its words.
CREATE TABLE link_decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        INTEGER NOT NULL,
    a_article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    a_start     INTEGER NOT NULL DEFAULT -1,
    a_end       INTEGER NOT NULL DEFAULT -1,
    a_text      TEXT NOT NULL DEFAULT '',
    b_article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b_start     INTEGER NOT NULL DEFAULT -1,
    b_end       INTEGER NOT NULL DEFAULT -1,
    b_text      TEXT NOT NULL DEFAULT '',
    decision    INTEGER NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL
);
CREATE INDEX link_decisions_a ON link_decisions(a_article);
CREATE INDEX link_decisions_b ON link_decisions(b_article);

-- Built from the above (LinkStore::rebuildClusters). A story: two or more articles joined by
-- accepted links. outlets: the distinct outlets, sorted, joined by U+001F.
CREATE TABLE stories (
    id               INTEGER PRIMARY KEY,   -- the story's lowest article id
    size             INTEGER NOT NULL,
    outlets          TEXT NOT NULL,
    outlet_count     INTEGER NOT NULL,
    first_article    INTEGER NOT NULL,
    first_published  TEXT                   -- ISO date, NULL when no article has one
);
CREATE TABLE story_members (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id, article_id);

CREATE TABLE quote_clusters (
    id        INTEGER PRIMARY KEY,          -- the cluster's lowest quote id
    size      INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    altered   INTEGER NOT NULL,
    earliest  INTEGER NOT NULL,             -- the quote that appeared first
    speaker   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE quote_cluster_members (
    quote_id    INTEGER PRIMARY KEY,
    cluster_id  INTEGER NOT NULL,
    article_id  INTEGER NOT NULL
);
CREATE INDEX quote_cluster_members_cluster ON quote_cluster_members(cluster_id);
CREATE INDEX quote_cluster_members_article ON quote_cluster_members(article_id);
-- The articles with a quote altered across outlets (the list's filter).
CREATE INDEX quote_clusters_altered ON quote_clusters(id) WHERE altered = 1;
