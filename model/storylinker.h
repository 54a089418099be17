// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Dossier {

/** How two articles' bodies relate, seen from the first article. */
enum class StoryRelation {
    Duplicate,     ///< the same body after normalisation
    NearDuplicate, ///< most of the text is shared (an updated version, light edits)
    Contains,      ///< this article reprints most of the other one, with additions
    ContainedIn,   ///< the other article reprints most of this one, with additions
    SameEvent,     ///< written apart, about one event: they share a quote and some text (CorpusLinker)
};

/** "duplicate", "near-duplicate", "contains", "contained-in" (the JSON export's names), "same-event". */
QString storyRelationName(StoryRelation relation);
StoryRelation inverse(StoryRelation relation);

/** The linker's parameters; the defaults are measured on the BBC corpus (bench/stories/README.md). */
struct StoryParams
{
    int shingleWords = 5;        ///< k: words per shingle
    int bands = 42;              ///< b: LSH bands
    int rows = 3;                ///< r: signature values per band; the signature has b * r values
    double nearJaccard = 0.5;    ///< at least this shingle Jaccard: near-duplicate
    double containment = 0.8;    ///< at least this share of the shorter body's shingles in the longer
    double additions = 0.25;     ///< contains: the longer body has at least this much more (else near-duplicate)
    /** Same event (CorpusLinker): two articles written apart are one story when they share quotes
        (QuoteClusterer matches), at least sameEventContainment of the shorter body's shingles are
        in the other, and, when both are dated, they appeared within sameEventDays of each other.
        They must share at least two quotes: one quote and a paragraph around it is what stories
        that reuse a background paragraph share (the 100k make-corpus corpus).
        Written apart: at most sameEventNarration of the shorter narration's shingles (the text
        outside the quotes, each passage shingled apart) are in the other's narration; two stories that share a background paragraph
        are not one event (bench/stories/README.md has the measurements). */
    double sameEventContainment = 0.1;
    double sameEventNarration = 0.05;
    int sameEventDays = 3;

    int signatureSize() const { return bands * rows; }
};

/** A body made ready for linking: the hash of its normalised text and its sorted, distinct shingles. */
struct ShingledText
{
    quint64 bodyHash = 0;           ///< first 8 bytes of the SHA-256 of the normalised body (0: empty body)
    std::vector<quint64> shingles;  ///< 64-bit shingle hashes, sorted, distinct (MinHash input)
};

using MinHashSignature = std::vector<quint32>;

/** One link the new article has to an article already in the index. */
struct StoryLink
{
    qint64 article = 0;  ///< the new article
    qint64 other = 0;    ///< the indexed article it is linked to
    StoryRelation relation = StoryRelation::NearDuplicate; ///< from article's point of view
    double jaccard = 0;      ///< exact, over the shingle sets
    double containment = 0;  ///< |A ∩ B| / |shorter|
};

/**
 * Finds duplicate, near-duplicate and reprinted articles, incrementally.
 *
 * A body is normalised (normalise()), cut into k-word shingles, and summarised by a MinHash
 * signature of b × r values (fixed seeds: the same text gives the same signature in every run and
 * on every machine, so signatures can be stored, see serialise()). add() puts an article into the
 * index and returns its links to the articles added before it: identical normalised bodies by hash,
 * everything else through LSH banding (two articles become candidates when all r values of one of the
 * b bands agree) followed by an exact Jaccard and containment check of every candidate over the
 * shingle sets. Nothing already indexed is recomputed.
 *
 * Memory per article: its shingle set (4 bytes a shingle: the low half of each hash; ~1.6 KB for a
 * 400-word article), b band entries in an open-addressing table (16 bytes each at half load), and
 * ~40 bytes of bookkeeping. The signature itself is not kept. memoryBytes() measures it.
 * Not thread-safe: one thread adds (the import's writer); shingle() and signature() are const and may
 * run on worker threads.
 */
class StoryLinker
{
public:
    explicit StoryLinker(StoryParams params = {});

    /** Most candidates one add() checks exactly (those sharing the most bands). */
    static constexpr int maxCandidates = 64;
    /** add() stops after this many links (the most similar first): in a corpus of many versions of
        one text, the story joins them all through these. */
    static constexpr int maxLinks = 16;

    const StoryParams &params() const { return m_params; }

    /** Case-folded, quote typography unified, apostrophes inside words dropped (don't → dont),
     *  every other run of non-letters/digits one space; no leading or trailing space. */
    static QString normalise(QStringView body);

    ShingledText shingle(QStringView body) const;
    MinHashSignature signature(const ShingledText &text) const;

    /** Little-endian: a version byte (2: the signature function of bench/stories/README.md), the value
     *  count (uint16), then the values (uint32). */
    static QByteArray serialise(const MinHashSignature &signature);
    /** std::nullopt for a blob that is not a serialised signature (wrong version, size or length). */
    static std::optional<MinHashSignature> deserialise(const QByteArray &blob);

    /** Indexes the article and returns its links to the articles indexed before it. The signature
     *  must have params().signatureSize() values. Adding an id twice returns no links. */
    QList<StoryLink> add(qint64 articleId, const ShingledText &text, const MinHashSignature &signature);
    /** shingle() + signature() + add(). */
    QList<StoryLink> addText(qint64 articleId, QStringView body);
    /** Indexes an article already linked (a corpus opened again, from its stored signature) without
        looking for its links; its shingles come from the shingle source when a candidate needs them. */
    void addIndexed(qint64 articleId, quint64 bodyHash, const MinHashSignature &signature);

    /** The shingles of an indexed article (as ShingledText::shingles), for the exact check of an
        article whose shingles are not kept. std::nullopt: the article is gone (not linked). */
    using ShingleSource = std::function<std::optional<std::vector<quint64>>(qint64 articleId)>;
    void setShingleSource(ShingleSource source) { m_source = std::move(source); }
    /** Off: add() keeps no shingles (the index is then b band entries per article; candidates are
        read through the shingle source). Default on. */
    void setKeepShingles(bool keep) { m_keepShingles = keep; }
    /** Kept shingles go to this device (a temporary file, open for reading and writing) instead of
        memory, and are read back for each exact check: a large import's index then holds the band
        table only. The device must outlive the linker's adds. nullptr: in memory (the default). */
    void setShingleSpill(QIODevice *device) { m_spill = device; }

    /** Jaccard and containment (|A ∩ B| / |shorter|) of two shingle sets (sorted, distinct). */
    static std::pair<double, double> overlap(const std::vector<quint64> &a, const std::vector<quint64> &b);
    /** The same for a text and an indexed article: from its kept shingles, else from the shingle
        source; std::nullopt when neither has them. */
    std::optional<std::pair<double, double>> overlapWith(const ShingledText &text, qint64 articleId) const;
    /** How many of @p shingles (sorted, distinct) an indexed article's kept shingles have (low
        halves compared); std::nullopt when its shingles are not kept. */
    std::optional<size_t> keptCommon(const std::vector<quint64> &shingles, qint64 articleId) const;
    /** The sorted, distinct shingles of the given passages (each shingled apart, as shingle()). */
    std::vector<quint64> shingleAll(const QStringList &passages) const;
    /** The version of the signature function (stored with signatures; a new one re-links). */
    static int signatureVersion();

    bool contains(qint64 articleId) const { return m_indexOf.contains(articleId); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    /** Candidates the last add() checked exactly (LSH hits and hash matches, each counted once). */
    int lastCandidateCount() const { return m_lastCandidates; }
    /** Bytes the index holds (allocated capacity, not counting the allocator's own overhead). */
    qsizetype memoryBytes() const;

    static double jaccard(const std::vector<quint32> &a, const std::vector<quint32> &b);

private:
    struct Entry
    {
        qint64 id = 0;
        quint64 bodyHash = 0;
        std::vector<quint32> shingles; // low 32 bits of the shingle hashes, sorted, distinct; empty: ask m_source
        qint64 spillAt = -1;           // kept in the spill device at this offset instead (setShingleSpill)
        quint32 spillCount = 0;
    };
    /** An entry's kept shingles (in memory or read back from the spill device), or nullptr. */
    const std::vector<quint32> *keptShingles(const Entry &entry) const;
    static std::vector<quint32> lowHalves(const std::vector<quint64> &shingles);
    void insertEntry(Entry entry, const std::vector<quint32> &keys);
    struct Slot
    {
        quint32 key = 0;
        quint32 entry = 0; // index + 1; 0 = empty
    };

    quint32 bandKey(int band, const MinHashSignature &signature) const;
    void insertSlot(quint32 key, quint32 entry);
    void grow();

    StoryParams m_params;
    std::vector<quint64> m_seeds;
    std::vector<Entry> m_entries;
    std::vector<Slot> m_table;
    size_t m_used = 0;
    QHash<qint64, quint32> m_indexOf;
    QMultiHash<quint64, quint32> m_byBodyHash;
    int m_lastCandidates = 0;
    ShingleSource m_source;
    bool m_keepShingles = true;
    QIODevice *m_spill = nullptr;
    qint64 m_spillEnd = 0;
    mutable std::vector<quint32> m_spillBuffer;
};

/** What a story needs to know of one of its articles. */
struct StoryArticle
{
    QString outlet;
    QDate published;
};

/** A cluster of linked articles. */
struct Story
{
    QList<qint64> articles;  ///< ascending
    QStringList outlets;     ///< distinct, sorted
    QDate firstPublished;    ///< the earliest date among the articles (null when none has one)
    qint64 firstArticle = 0; ///< the article published first (the lowest id among equals / undated)
};

/** Union-find over accepted links: each connected group of articles is one story. */
class StoryClusters
{
public:
    void link(qint64 a, qint64 b);
    qint64 find(qint64 article) const;
    bool sameStory(qint64 a, qint64 b) const { return find(a) == find(b); }
    /** Stories of two or more articles, ordered by their lowest article id. */
    QList<Story> stories(const QHash<qint64, StoryArticle> &info = {}) const;

private:
    mutable QHash<qint64, qint64> m_parent;
    QHash<qint64, int> m_rank;
};

} // namespace Dossier
